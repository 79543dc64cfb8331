//! The combinatoric iterators of `itertools` (`permutations`, `combinations`,
//! `combinations_with_replacement`, `product`), natively: index vectors stepped in the order of
//! CPython's `itertoolsmodule.c`, each result a fresh tuple of the pool's items.

use crate::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComboKind {
    Permutations,
    Combinations,
    CombinationsWithReplacement,
    Product,
}

pub struct Combo {
    pub kind: ComboKind,
    /// One pool, or for `product` one pool per position.
    pools: Vec<Box<[Value]>>,
    indices: Vec<usize>,
    /// `permutations` only: CPython's cycle counters.
    cycles: Vec<usize>,
    r: usize,
    started: bool,
    done: bool,
}

impl Combo {
    /// `permutations`, `combinations` and `combinations_with_replacement` of `pool` taken `r`
    /// at a time.
    pub fn new(kind: ComboKind, pool: Box<[Value]>, r: usize) -> Combo {
        let n = pool.len();
        let (indices, cycles) = match kind {
            ComboKind::Permutations => ((0..n).collect(), (0..r.min(n)).map(|i| n - i).collect()),
            ComboKind::Combinations => ((0..r).collect(), Vec::new()),
            _ => (vec![0; r], Vec::new()),
        };
        let empty = match kind {
            ComboKind::Permutations | ComboKind::Combinations => r > n,
            _ => n == 0 && r > 0,
        };
        Combo {
            kind,
            pools: vec![pool],
            indices,
            cycles,
            r,
            started: false,
            done: empty,
        }
    }

    /// `product(*pools)`.
    pub fn product(pools: Vec<Box<[Value]>>) -> Combo {
        let done = pools.iter().any(|p| p.is_empty());
        Combo {
            kind: ComboKind::Product,
            indices: vec![0; pools.len()],
            r: pools.len(),
            pools,
            cycles: Vec::new(),
            started: false,
            done,
        }
    }

    /// The next combination's items (the caller makes the tuple), or None when exhausted.
    pub fn next(&mut self) -> Option<Vec<Value>> {
        if self.done {
            return None;
        }
        if !self.started {
            self.started = true;
        } else if !self.step() {
            self.done = true;
            self.pools.clear();
            return None;
        }
        Some(self.items())
    }

    fn items(&self) -> Vec<Value> {
        match self.kind {
            ComboKind::Product => self
                .indices
                .iter()
                .zip(&self.pools)
                .map(|(&i, p)| p[i].clone())
                .collect(),
            _ => self.indices[..self.r]
                .iter()
                .map(|&i| self.pools[0][i].clone())
                .collect(),
        }
    }

    /// Advance the indices; false when every combination has been produced.
    fn step(&mut self) -> bool {
        let r = self.r;
        let idx = &mut self.indices;
        match self.kind {
            ComboKind::Permutations => {
                let n = self.pools[0].len();
                if n == 0 {
                    return false;
                }
                for i in (0..r).rev() {
                    self.cycles[i] -= 1;
                    if self.cycles[i] == 0 {
                        idx[i..].rotate_left(1);
                        self.cycles[i] = n - i;
                    } else {
                        let j = self.cycles[i];
                        idx.swap(i, n - j);
                        return true;
                    }
                }
                false
            }
            ComboKind::Combinations => {
                let n = self.pools[0].len();
                let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else {
                    return false;
                };
                idx[i] += 1;
                for j in i + 1..r {
                    idx[j] = idx[j - 1] + 1;
                }
                true
            }
            ComboKind::CombinationsWithReplacement => {
                let n = self.pools[0].len();
                let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else {
                    return false;
                };
                let v = idx[i] + 1;
                idx[i..].fill(v);
                true
            }
            ComboKind::Product => {
                for i in (0..r).rev() {
                    idx[i] += 1;
                    if idx[i] < self.pools[i].len() {
                        return true;
                    }
                    idx[i] = 0;
                }
                false
            }
        }
    }
}
