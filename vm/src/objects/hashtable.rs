//! CPython-3.11-compatible set tables and numeric hashing.
//!
//! `SetTable<K>` replicates `Objects/setobject.c` (3.11) slot for slot, so that
//! iterating a pyjit `set`/`frozenset` yields exactly CPython's order, and
//! `pop()` removes the same element CPython would.
//!
//! Invariants (same as CPython's `PySetObject`):
//! * `table.len()` is a power of two >= `MINSIZE` (8); `mask = len - 1`.
//! * `used` = live slots, `fill` = live + dummy slots; at least one slot is
//!   always `Empty`, so probing terminates.
//! * Probing: start at `hash & mask`, look at up to `LINEAR_PROBES + 1`
//!   consecutive slots when `i + LINEAR_PROBES <= mask` (else just slot `i`),
//!   then `perturb >>= 5; i = (i*5 + 1 + perturb) & mask` with `perturb`
//!   starting as the hash reinterpreted as `u64`.
//! * Inserting into a never-used slot bumps `fill`; when `fill*5 >= mask*3`
//!   the table is rebuilt for `used*4` (`used*2` above 50000) entries.
//!   Insertion reuses the *last* dummy seen on the probe path before the first
//!   empty slot (no resize check then; verified against python3).
//! * Removal leaves a dummy. Only `difference_update` (hence also `-` on its
//!   copy path) rebuilds afterwards, when dummies exceed `mask / 4`.
//! * Aliasing is the caller's job, as in C: `s | s` and `s & s` are
//!   `s.copy()`, `s.update(s)` / `s |= s` do nothing, `s -= s` / `s ^= s`
//!   are `clear()`, `s &= s` swaps in `s.copy()`.
//! * `finger` (the `pop()` cursor) survives `clear()`, resizes and
//!   `swap_bodies`, like CPython.
//!
//! The equality callback `eq(stored, probe)` is only called for slots whose
//! stored hash equals the probe hash. CPython short-cuts identity (`is`) and
//! exact-str equality before calling `__eq__`: the caller's `eq` must do the
//! same. CPython restarts the probe if `__eq__` mutated the set; here the
//! table is borrowed during `eq`, so the caller must not mutate it from
//! inside `eq` (raise RuntimeError or work on a snapshot instead).
//! Errors from `eq` abort the operation; a partially built result is dropped
//! and the target of an in-place op keeps what was already applied (as in C).
//!
//! Set iteration of a *live* Python set must also check `len()` against the
//! length at iterator creation and raise `RuntimeError("Set changed size
//! during iteration")` (use `entry_at`).
//!
//! Order-relevant compiler quirk: a set display of >= 3 elements that are all
//! constants (`{3, 1, 2}`) compiles to `BUILD_SET 0; LOAD_CONST
//! frozenset(...); SET_UPDATE`, i.e. the result is `copy()` of a table built
//! by inserting the elements in source order (which can differ from plain
//! insertion: `{-1, -2, -3, 7, 15}` vs `set([-1, -2, -3, 7, 15])`).
//! `x in {1, 2, 3}` uses the frozenset constant itself. Other displays insert
//! left to right (`BUILD_SET n`, `SET_ADD`, `SET_UPDATE` = `merge`/insert).
//!
//! Numeric hashing follows `Python/pyhash.c`, `Objects/longobject.c`,
//! `Objects/floatobject.c`, `Objects/tupleobject.c` and `frozenset_hash`.

pub const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
enum Slot<K> {
    Empty,
    Dummy,
    Live(i64, K),
}

#[derive(Clone, Debug)]
pub struct SetTable<K> {
    table: Vec<Slot<K>>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl<K: Clone> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

fn empty_table<K>(n: usize) -> Vec<Slot<K>> {
    (0..n).map(|_| Slot::Empty).collect()
}

/// The non-linear probe step: `perturb >>= 5; i = (i*5 + 1 + perturb) & mask`.
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    ((i as u64)
        .wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb) as usize)
        & mask
}

/// Last slot index of the linear run starting at `i`.
fn run_end(i: usize, mask: usize) -> usize {
    if i + LINEAR_PROBES <= mask {
        i + LINEAR_PROBES
    } else {
        i
    }
}

/// `set_insert_clean`: place `key` in the first empty slot of its probe path.
/// Only valid on a table without dummies and without an equal key.
fn insert_clean<K>(table: &mut [Slot<K>], hash: i64, key: K) {
    let mask = table.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if let Some(j) = (i..=run_end(i, mask)).find(|&j| matches!(table[j], Slot::Empty)) {
            table[j] = Slot::Live(hash, key);
            return;
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

impl<K: Clone> SetTable<K> {
    /// An empty set: 8 slots, like `PySet_New(NULL)`.
    pub fn new() -> Self {
        SetTable {
            table: empty_table(MINSIZE),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// The table CPython builds for `set(d)` / `frozenset(d)` when `d` is an
    /// exact `dict` with `n` keys (the only place set construction presizes:
    /// `set_update_internal`'s dict branch). Building from a list, tuple,
    /// generator, `d.keys()` etc. does NOT presize: use `new()` and `insert`.
    pub fn with_capacity_for(n: usize) -> Self {
        let mut t = Self::new();
        t.reserve_for_dict(n);
        t
    }

    /// The presize step of `set.update(d)` for an exact dict `d` of `n` keys:
    /// call it before inserting the dict's keys in dict order.
    pub fn reserve_for_dict(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots (mask + 1); exposed for tests and debugging.
    pub fn capacity(&self) -> usize {
        self.table.len()
    }

    /// `set_lookkey`: index of the live slot holding an equal key, or None.
    fn lookup<E, F>(&self, hash: i64, key: &K, eq: &mut F) -> Result<Option<usize>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            for j in i..=run_end(i, mask) {
                match &self.table[j] {
                    Slot::Empty => return Ok(None),
                    Slot::Live(h, k) if *h == hash && eq(k, key)? => return Ok(Some(j)),
                    _ => {}
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    fn insert_inner<E, F>(&mut self, hash: i64, key: K, eq: &mut F) -> Result<bool, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let unused = loop {
            let mut found = None;
            for j in i..=run_end(i, mask) {
                match &self.table[j] {
                    Slot::Empty => {
                        found = Some(j);
                        break;
                    }
                    Slot::Live(h, k) if *h == hash && eq(k, &key)? => return Ok(false),
                    Slot::Dummy => freeslot = Some(j), // the LAST dummy wins
                    Slot::Live(..) => {}
                }
            }
            if let Some(j) = found {
                break j;
            }
            i = next_probe(i, &mut perturb, mask);
        };
        self.used += 1;
        if let Some(f) = freeslot {
            self.table[f] = Slot::Live(hash, key);
            return Ok(true);
        }
        self.fill += 1;
        self.table[unused] = Slot::Live(hash, key);
        if self.fill * 5 >= mask * 3 {
            let u = self.used;
            self.resize(if u > 50000 { u * 2 } else { u * 4 });
        }
        Ok(true)
    }

    /// `set_table_resize`: rebuild with the smallest power of two > `minused`.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.table.len() == MINSIZE && self.fill == self.used {
            return; // small table without dummies: nothing to do
        }
        let old = std::mem::replace(&mut self.table, empty_table(newsize));
        for slot in old {
            if let Slot::Live(h, k) = slot {
                insert_clean(&mut self.table, h, k);
            }
        }
        self.fill = self.used;
    }

    /// `set_add_entry`. `eq(stored, probe)`; returns Ok(true) if inserted,
    /// Ok(false) if an equal key was already present (the stored key is kept).
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        self.insert_inner(hash, key, &mut eq)
    }

    /// `set_contains_entry`: the stored key equal to `key`, if any.
    pub fn find<E>(
        &self,
        hash: i64,
        key: &K,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<&K>, E> {
        Ok(self
            .lookup(hash, key, &mut eq)?
            .map(|j| match &self.table[j] {
                Slot::Live(_, k) => k,
                _ => unreachable!(),
            }))
    }

    /// `set_discard_entry`: leaves a dummy, never resizes.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        key: &K,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        self.remove_inner(hash, key, &mut eq)
    }

    fn remove_inner<E, F>(&mut self, hash: i64, key: &K, eq: &mut F) -> Result<Option<K>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        match self.lookup(hash, key, eq)? {
            None => Ok(None),
            Some(j) => {
                self.used -= 1;
                match std::mem::replace(&mut self.table[j], Slot::Dummy) {
                    Slot::Live(_, k) => Ok(Some(k)),
                    _ => unreachable!(),
                }
            }
        }
    }

    /// `set.pop()`: scan from the finger (wrapping) for a live slot.
    /// None means CPython's `KeyError('pop from an empty set')`.
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Live(..)) {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        self.used -= 1;
        self.finger = i + 1;
        match std::mem::replace(&mut self.table[i], Slot::Dummy) {
            Slot::Live(_, k) => Some(k),
            _ => unreachable!(),
        }
    }

    /// `set.clear()`: back to 8 empty slots; the pop finger is kept (as in C).
    pub fn clear(&mut self) {
        self.table = empty_table(MINSIZE);
        self.fill = 0;
        self.used = 0;
    }

    /// Live entries in table (= CPython iteration) order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &K)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Live(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// `set_next`: first live entry at index >= `pos` as (index, hash, key);
    /// continue with `pos = index + 1`.
    pub fn entry_at(&self, pos: usize) -> Option<(usize, i64, &K)> {
        self.table
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, s)| match s {
                Slot::Live(h, k) => Some((i, *h, k)),
                _ => None,
            })
    }

    /// `set_swap_bodies`: exchange contents but keep each side's pop finger.
    /// (`s &= t` is "r = s & t; swap_bodies(s, r)".)
    pub fn swap_bodies(&mut self, other: &mut SetTable<K>) {
        std::mem::swap(&mut self.table, &mut other.table);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
    }

    /// `set_merge` (`s.update(t)`, `s |= t` with `t` a set/frozenset).
    /// The caller must skip `s.update(s)` (a no-op in CPython).
    pub fn merge<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        self.merge_inner(other, &mut eq)
    }

    fn merge_inner<E, F>(&mut self, other: &SetTable<K>, eq: &mut F) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            // same layout: copy slot by slot
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            for (h, k) in other.iter() {
                insert_clean(&mut self.table, h, k.clone());
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for (h, k) in other.iter() {
            self.insert_inner(h, k.clone(), eq)?;
        }
        Ok(())
    }

    /// `set.copy()` / `set(s)` / `frozenset(s)` for a set `s`
    /// (= a new empty set merged with `self`).
    pub fn copy(&self) -> Self {
        let mut r = Self::new();
        r.merge_inner(self, &mut |_: &K, _: &K| Ok::<bool, ()>(false))
            .ok();
        r
    }

    /// `self | other`, `self.union(other)` (other a set): copy, then merge.
    pub fn union<E>(
        &self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut r = self.copy();
        r.merge_inner(other, &mut eq)?;
        Ok(r)
    }

    /// `self & other` (both sets): iterates the smaller one (`other` on a tie),
    /// probes the larger, and inserts the *iterated* set's keys into a fresh
    /// table (so `{1} & {True}` is `{True}`). `eq(stored_in_larger, probe)`.
    pub fn intersection<E>(
        &self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let (big, small) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        let mut r = Self::new();
        for (h, k) in small.iter() {
            if big.lookup(h, k, &mut eq)?.is_some() {
                r.insert_inner(h, k.clone(), &mut eq)?;
            }
        }
        Ok(r)
    }

    /// `self.intersection(iterable)` for a non-set iterable yielding
    /// `Ok((hash, key))`: keys found in `self` go into a fresh table, stopping
    /// early (without consuming more items) once `len(result) >= len(self)`.
    pub fn intersection_iter<E>(
        &self,
        items: impl IntoIterator<Item = Result<(i64, K), E>>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut r = Self::new();
        for item in items {
            let (h, k) = item?;
            if self.lookup(h, &k, &mut eq)?.is_some() {
                r.insert_inner(h, k, &mut eq)?;
                if r.used >= self.used {
                    break;
                }
            }
        }
        Ok(r)
    }

    /// `self -= other` / `difference_update` with a set (CPython may first
    /// intersect when `other` is 8x larger; that only changes which `__eq__`
    /// calls happen, not the layout). For a non-set iterable `remove` each
    /// item in order, then call `shrink_after_difference_update`.
    /// The caller maps `s -= s` to `clear()`.
    pub fn difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (h, k) in other.iter() {
            self.remove_inner(h, k, &mut eq)?;
        }
        self.shrink_after_difference_update();
        Ok(())
    }

    /// The tail of `set_difference_update_internal`: if more than a quarter of
    /// the slots are dummies, rebuild. Call after removing the items of a
    /// non-set iterable for `s -= it` / `s.difference_update(it)` /
    /// `s.difference(it)` (which is copy + difference_update). Not called on
    /// error, nor by `discard`, `remove`, `pop`, `^=`.
    pub fn shrink_after_difference_update(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let u = self.used;
            self.resize(if u > 50000 { u * 2 } else { u * 4 });
        }
    }

    /// True when `set_difference` takes the "copy self, then discard other's
    /// keys" route (`len(self) >> 2 > len(other)`; `other` a set or exact dict,
    /// other iterables always take it); otherwise it builds a fresh table from
    /// `self`'s keys not in `other`, in `self`'s order.
    pub fn difference_copies(self_len: usize, other_len: usize) -> bool {
        (self_len >> 2) > other_len
    }

    /// `self - other` (both sets), exactly as `set_difference`.
    pub fn difference<E>(
        &self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        if Self::difference_copies(self.used, other.used) {
            let mut r = self.copy();
            r.difference_update(other, &mut eq)?;
            return Ok(r);
        }
        let mut r = Self::new();
        for (h, k) in self.iter() {
            if other.lookup(h, k, &mut eq)?.is_none() {
                r.insert_inner(h, k.clone(), &mut eq)?;
            }
        }
        Ok(r)
    }

    /// `symmetric_difference_update` driven by `(hash, key)` items in order:
    /// remove if present, else insert. Use directly for an exact dict (its
    /// keys in dict order); for other non-set iterables CPython first builds
    /// a temporary set from the iterable and feeds *its* table order.
    pub fn symmetric_difference_update_iter<E>(
        &mut self,
        items: impl IntoIterator<Item = (i64, K)>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (h, k) in items {
            if self.remove_inner(h, &k, &mut eq)?.is_none() {
                self.insert_inner(h, k, &mut eq)?;
            }
        }
        Ok(())
    }

    /// `self ^= other` with `other` a set (caller handles `s ^= s` → clear).
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        let items: Vec<(i64, K)> = other.iter().map(|(h, k)| (h, k.clone())).collect();
        self.symmetric_difference_update_iter(items, eq)
    }

    /// `self ^ other` / `self.symmetric_difference(other)`: CPython copies
    /// `other` (for a non-set argument: builds a set from it) and then applies
    /// `^= self`.
    pub fn symmetric_difference<E>(
        &self,
        other: &SetTable<K>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut r = other.copy();
        r.symmetric_difference_update(self, eq)?;
        Ok(r)
    }
}

// ---------------------------------------------------------------- hashing

/// `sys.hash_info.modulus` = 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
pub const HASH_INF: i64 = 314159;

fn finish_signed(x: u64, negative: bool) -> i64 {
    let v = if negative { -(x as i64) } else { x as i64 };
    if v == -1 { -2 } else { v }
}

/// `hash(int)` for a machine integer.
pub fn hash_i64(v: i64) -> i64 {
    finish_signed(v.unsigned_abs() % MODULUS, v < 0)
}

/// `hash(int)` for any int given as sign + little-endian u32 magnitude digits
/// (zero may be passed as an empty slice).
pub fn hash_big(negative: bool, magnitude_u32_digits_le: &[u32]) -> i64 {
    let mut x: u64 = 0;
    for &d in magnitude_u32_digits_le.iter().rev() {
        x = ((((x as u128) << 32) | d as u128) % MODULUS as u128) as u64;
    }
    finish_signed(x, negative)
}

/// `frexp` for finite non-zero `v`: `v = m * 2**e`, `0.5 <= |m| < 1`.
fn frexp(v: f64) -> (f64, i32) {
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: scale into the normal range first
        let (m, e) = frexp(v * f64::from_bits(0x43f0_0000_0000_0000)); // 2**64
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `hash(float)`. Infinities hash to +-314159. Since 3.10 a NaN hashes like
/// its object (`_Py_HashPointer`): pass the object's identity (the value
/// pyjit uses for `id()`); it is rotated right by 4 bits, -1 becomes -2.
pub fn hash_f64(v: f64, identity: usize) -> i64 {
    if v.is_nan() {
        let y = (identity as u64).rotate_right(4) as i64;
        return if y == -1 { -2 } else { y };
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v == 0.0 {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let negative = m < 0.0;
    if negative {
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    finish_signed(x, negative)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// `hash(tuple)` from the items' hashes (3.8+ xxHash-style `tuplehash`).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut acc = XXPRIME_5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(item_hashes.len() as u64 ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}

/// `hash(frozenset)` from the live items' hashes (order-independent;
/// equals `frozenset_hash`, whose empty/dummy slot terms cancel out).
pub fn hash_frozenset(item_hashes: &[i64]) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = item_hashes.iter().fold(0, |a, &h| a ^ shuffle(h as u64));
    hash ^= (item_hashes.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        590923713
    } else {
        hash as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use std::convert::Infallible;

    fn eq(a: &i64, b: &i64) -> Result<bool, Infallible> {
        Ok(a == b)
    }
    fn set_of(v: &[i64]) -> SetTable<i64> {
        let mut s = SetTable::new();
        v.iter()
            .for_each(|&x| assert!(s.insert(hash_i64(x), x, eq).is_ok()));
        s
    }
    fn dict_set(v: &[i64]) -> SetTable<i64> {
        let mut s = SetTable::with_capacity_for(v.len());
        v.iter()
            .for_each(|&x| assert!(s.insert(hash_i64(x), x, eq).is_ok()));
        s
    }
    fn order(s: &SetTable<i64>) -> Vec<i64> {
        s.iter().map(|(_, k)| *k).collect()
    }
    /// Same format as a ctypes dump of CPython's PySetObject.
    fn layout(s: &SetTable<i64>) -> String {
        let sl = s.table.iter().map(|x| match x {
            Slot::Empty => "E".into(),
            Slot::Dummy => "D".into(),
            Slot::Live(_, k) => k.to_string(),
        });
        let sl: Vec<String> = sl.collect();
        format!(
            "fill={} used={} mask={} {}",
            s.fill,
            s.used,
            s.mask(),
            sl.join(" ")
        )
    }

    #[test]
    fn basic_orders() {
        assert_eq!(order(&set_of(&[5, 13, 21, 1, 9])), [1, 5, 9, 13, 21]);
        let r: Vec<i64> = (1..=100).rev().step_by(7).collect();
        let want = [65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30];
        assert_eq!(order(&set_of(&r)), want);
        assert_eq!(order(&set_of(&[3, 1, 2])), [1, 2, 3]);
        // hash(-1) == hash(-2) == -2
        assert_eq!(order(&set_of(&[-1, -2, -3, 7, 15])), [7, 15, -2, -3, -1]);
        // a literal `{-1, -2, -3, 7, 15}` is BUILD_SET + SET_UPDATE(frozenset const)
        assert_eq!(
            order(&set_of(&[-1, -2, -3, 7, 15]).copy()),
            [-1, 7, -3, -2, 15]
        );
        let mut s = set_of(&[1, 2, 3]);
        assert_eq!(s.remove(2, &2, eq).unwrap(), Some(2));
        assert!(s.insert(10, 10, eq).unwrap());
        assert!(!s.insert(1, 1, eq).unwrap());
        assert_eq!(order(&s), [1, 10, 3]);
        let i = set_of(&[100, 1000, 10, 1]).intersection(&set_of(&[10, 1000]), eq);
        assert_eq!(order(&i.unwrap()), [1000, 10]);
        let x = set_of(&[1, 2, 3, 4, 5]).symmetric_difference(&set_of(&[4, 5, 6, 7, 8, 9]), eq);
        assert_eq!(order(&x.unwrap()), [1, 2, 3, 6, 7, 8, 9]);
        let d = set_of(&[33, 1, 65, 2]).difference(&set_of(&[2, 3, 4, 5, 6]), eq);
        assert_eq!(order(&d.unwrap()), [65, 1, 33]);
        assert_eq!(s.find(10, &10, eq).unwrap(), Some(&10));
        assert_eq!(s.find(2, &2, eq).unwrap(), None);
        assert_eq!(s.entry_at(0), Some((1, 1, &1)));
        assert_eq!(s.entry_at(2), Some((2, 10, &10)));
        assert_eq!(s.entry_at(3).map(|e| e.0), Some(3));
        assert_eq!(s.entry_at(4), None);
    }

    #[test]
    fn pop_finger_and_clear() {
        let mut s = set_of(&[0, 1, 2, 3, 4]);
        assert_eq!((s.pop(), s.pop()), (Some(0), Some(1)));
        s.insert(0, 0, eq).unwrap();
        s.insert(17, 17, eq).unwrap();
        assert_eq!((s.pop(), s.pop()), (Some(2), Some(3)));
        assert_eq!(order(&s), [0, 4, 17]);
        let mut s = set_of(&[0, 1, 2, 3, 4]);
        assert_eq!((s.pop(), s.pop(), s.pop()), (Some(0), Some(1), Some(2)));
        s.clear(); // the finger survives clear(), as in CPython
        (0..5).for_each(|v| assert!(s.insert(v, v, eq).unwrap()));
        assert_eq!(s.pop(), Some(3));
        assert_eq!(SetTable::<i64>::new().pop(), None);
    }

    #[test]
    fn layouts_match_cpython() {
        let mut s = set_of(&[1, 9]);
        s.remove(1, &1, eq).unwrap();
        assert_eq!(layout(&s), "fill=2 used=1 mask=7 E D E E E E 9 E");
        s.insert(17, 17, eq).unwrap();
        assert_eq!(layout(&s), "fill=2 used=2 mask=7 E 17 E E E E 9 E");
        // the last dummy on the probe path is reused
        let mut s = set_of(&[64, 2, 35, 4, 5, 6, 7, 8, 9, 10]);
        s.remove(2, &2, eq).unwrap();
        s.remove(8, &8, eq).unwrap();
        s.insert(34, 34, eq).unwrap();
        let want = "fill=10 used=9 mask=31 64 E D 35 4 5 6 7 34 9 10";
        assert_eq!(layout(&s)[..want.len()], *want);
        assert_eq!(set_of(&(0..20).collect::<Vec<_>>()).capacity(), 128);
        assert_eq!(dict_set(&(0..20).collect::<Vec<_>>()).capacity(), 64);
        let d = dict_set(&[64, 1, 128, 2, 200]);
        assert_eq!(
            layout(&d),
            "fill=5 used=5 mask=15 64 1 128 2 E E E E 200 E E E E E E E"
        );
        let t = set_of(&[64, 1, 128, 2, 200]);
        assert_eq!(t.capacity(), 32);
        let want = "fill=5 used=5 mask=15 64 1 2 128 E E E E 200 E E E E E E E";
        assert_eq!(layout(&t.copy()), want);
        assert_eq!(
            layout(&dict_set(&[3, 4])),
            "fill=2 used=2 mask=7 E E E 3 4 E E E"
        );
        // difference_update rebuilds when dummies > mask/4
        let mut s = set_of(&(0..10).collect::<Vec<_>>());
        s.difference_update(&set_of(&(0..9).collect::<Vec<_>>()), eq)
            .unwrap();
        assert_eq!(layout(&s), "fill=1 used=1 mask=7 E 9 E E E E E E");
        let mut s = set_of(&(0..100).collect::<Vec<_>>());
        let other: Vec<i64> = (0..100).filter(|v| *v != 1 && *v != 64).collect();
        s.difference_update(&set_of(&other), eq).unwrap();
        assert_eq!((s.capacity(), s.fill, order(&s)), (512, 100, vec![1, 64]));
    }

    #[test]
    fn eq_errors_propagate() {
        let mut s = set_of(&[1, 9]);
        assert_eq!(s.insert(1, 2, |_, _| Err("boom")), Err("boom"));
        assert_eq!(s.find(9, &9, |_, _| Err::<bool, _>(7)), Err(7));
        assert_eq!(s.len(), 2);
    }

    /// Replays an op script (random sequences run through python3 3.11 by
    /// a differential fuzzer) and returns what it printed.
    fn run(script: &str) -> String {
        let mut sets: HashMap<String, SetTable<i64>> = HashMap::new();
        let mut out = Vec::new();
        for op in script.split(';').map(str::trim) {
            let p: Vec<&str> = op.split_whitespace().collect();
            let nums = |from: usize| -> Vec<i64> {
                p[from..].iter().filter_map(|x| x.parse().ok()).collect()
            };
            let mut uniq = nums(2);
            let mut seen = Vec::new();
            uniq.retain(|x| {
                !seen.contains(x) && {
                    seen.push(*x);
                    true
                }
            });
            let g = |n: &str| sets.get(n).cloned().unwrap_or_default();
            let (a, b) = (g(p.get(2).unwrap_or(&"")), g(p.get(3).unwrap_or(&"")));
            let new = match p[0] {
                "fromlist" => Some(set_of(&nums(2))),
                "fromdict" => Some(dict_set(&uniq)),
                "or" | "and" if p[2] == p[3] => Some(a.copy()),
                "or" => Some(a.union(&b, eq).unwrap()),
                "and" => Some(a.intersection(&b, eq).unwrap()),
                "sub" => Some(a.difference(&b, eq).unwrap()),
                "xor" => Some(a.symmetric_difference(&b, eq).unwrap()),
                "copy" => Some(a.copy()),
                "interlist" => Some(
                    a.intersection_iter(nums(3).into_iter().map(|x| Ok((hash_i64(x), x))), eq)
                        .unwrap(),
                ),
                "difflist" => {
                    let mut r = a.copy();
                    nums(3)
                        .iter()
                        .for_each(|x| assert!(r.remove(hash_i64(*x), x, eq).is_ok()));
                    r.shrink_after_difference_update();
                    Some(r)
                }
                "xorlist" => {
                    let mut t = set_of(&nums(3));
                    t.symmetric_difference_update(&a, eq).unwrap();
                    Some(t)
                }
                _ => None,
            };
            if let Some(s) = new {
                sets.insert(p[1].to_string(), s);
                continue;
            }
            let same = p.len() > 2 && p[1] == p[2];
            let s = sets.get_mut(p[1]).unwrap();
            let x = nums(2).first().copied().unwrap_or(0);
            match p[0] {
                "add" => assert!(s.insert(hash_i64(x), x, eq).is_ok()),
                "discard" => assert!(s.remove(hash_i64(x), &x, eq).is_ok()),
                "pop" => out.push(format!("pop {:?}", s.pop())),
                "clear" => s.clear(),
                "update" if same => {}
                "update" => s.merge(&a, eq).unwrap(),
                "iand" if same => s.swap_bodies(&mut a.copy()),
                "iand" => s.swap_bodies(&mut s.intersection(&a, eq).unwrap()),
                "isub" | "ixor" if same => s.clear(),
                "isub" => s.difference_update(&a, eq).unwrap(),
                "ixor" => s.symmetric_difference_update(&a, eq).unwrap(),
                "xorupdlist" => s
                    .symmetric_difference_update(&set_of(&nums(2)), eq)
                    .unwrap(),
                "xorupddict" => {
                    let items = uniq.iter().map(|&x| (hash_i64(x), x));
                    s.symmetric_difference_update_iter(items, eq).unwrap()
                }
                "print" => {
                    let v: Vec<String> = s.iter().map(|(_, k)| k.to_string()).collect();
                    out.push(format!("{} {} [{}]", p[1], s.len(), v.join(", ")));
                }
                o => panic!("bad op {o}"),
            }
        }
        out.join("\n")
    }

    #[test]
    fn differential_scripts() {
        let cases: &[(&str, &str)] = &[(
            "fromlist A -2 37 32 39 -7 9 2; fromlist B -2 640 0 15 129 64 2 17 35; fromlist C 16 \
            14 1 6 \
             18 1 -1 3 25 36 64 0 2305843009213693952; discard A 31; discard C 3; discard B 13; \
             fromlist \
             B 11 38 0 16 39 18 4 37 33 29 37 36 24 9 14 -16 -11 -36 24 2017612633061982213 3 2 16 \
             25 38 \
             33 4 30; interlist C C 13; add B 2; discard B 2017612633061982213; print A; print B; \
             print \
             C; add B 1099511627779; difflist A C ; ixor B C; fromdict A 19 4; add B -48; print A; \
             add C \
             -1; fromlist B 256 2 16 9223372036854775807 37 29 -6 32 38 1 7 39 128 9 64 -22 192 16 \
             27; \
             pop A; difflist B A 2 4 -18; print A; print B; print C; update A B; xorupdlist C -18 \
             -40 129 \
             2305843009213693951 4 -1; fromlist B 7 34 2 30 0 -35 -12 22 33 10 14 24 29 0 36 257 \
             13 7 24 \
             -9223372036854775808 20 1 5 21 96; pop A; discard C 129; ixor A C; copy C C; ixor C \
             C; clear \
             B; or C C C; print A; print B; print C; discard C 129; discard C 34; add C 34; \
             fromdict C \
             2305843009213693952 10 34 25 30 21 30 6 39 16 1 9 18 22 31 37 32 82 \
             2305843009213693951 26 \
             -40 13 1099511627779 130 18; xorupdlist B 8 1 12 -27 -2305843009213693952 27 -17 \
             -2305843009213693952 12; copy C A; ixor A A; interlist C C 6 -40 11 81 4 29 -18 -19 \
             2305843009213693952 2305843009213693951 11; xorlist A A 9223372036854775807 -26 -11 \
             -49 21 5 \
             66 -9223372036854775808 7 -46 -1 13; clear B; print A; print B; print C; and A C B; \
             difflist \
             A C 26 -18 39 15 31 2305843009213693951 4 -40 12 25; interlist C C 19 25 \
             1099511627779 -18 \
             -40 10 4 2305843009213693951 -2305843009213693952 33; print A; print B; print C",
            "A 7 [32, 2, 37, 39, 9, -7, -2]\n\
             B 21 [0, 2, 3, 4, 9, 11, 14, 16, 18, 24, 25, 29, 30, 33, 36, 37, 38, 39, -36, -16, \
             -11]\n\
             C 0 []\n\
             A 2 [19, 4]\n\
             pop Some(19)\n\
             A 1 [4]\n\
             B 0 []\n\
             C 1 [-1]\n\
             pop Some(4)\n\
             A 4 [2305843009213693951, 4, -18, -40]\n\
             B 0 []\n\
             C 0 []\n\
             A 12 [66, 9223372036854775807, 5, -26, 7, 13, -49, -46, 21, -11, \
             -9223372036854775808, -1]\n\
             B 0 []\n\
             C 4 [-40, 2305843009213693951, 4, -18]\n\
             A 0 []\n\
             B 0 []\n\
             C 4 [-40, 2305843009213693951, 4, -18]",
        )];
        for (script, expected) in cases {
            assert_eq!(run(script), *expected);
        }
    }

    /// "value=hash" pairs generated with python3.
    fn pairs(data: &str) -> Vec<(&str, i64)> {
        let split = data.split_whitespace().map(|p| p.split_once('=').unwrap());
        split.map(|(v, h)| (v, h.parse().unwrap())).collect()
    }

    #[test]
    fn int_hashes() {
        let data = "0=0 1=1 -1=-2 -2=-2 2305843009213693950=2305843009213693950 \
            2305843009213693951=0 2305843009213693952=1 -2305843009213693951=0 \
            -2305843009213693952=-2 9223372036854775807=3 -9223372036854775808=-4 \
            123456789012345678=123456789012345678 -987654321=-987654321";
        for (v, h) in pairs(data) {
            let v: i64 = v.parse().unwrap();
            assert_eq!(hash_i64(v), h, "hash({v})");
            let m = v.unsigned_abs();
            assert_eq!(hash_big(v < 0, &[m as u32, (m >> 32) as u32]), h);
        }
        // sign:digits(u32, little-endian)=hash
        let data = "+:0,0,1=8 +:5,0,1=13 -:0,0,1=-8 +:12345,0,0,16=549755826233 \
            -:4294967295,4294967295,4294967295,4294967295,4294967295,4294967295,255=-131071 \
            +:1073741824,1182068202,2670501072,12=465258685558744706 \
            +:4294967295,3758096383,4294967295,67108863=2305843009213693950 \
            -:1,3758096384,4294967295,67108863=-2 \
            +:2625229889,1021991288,2333647548,1865609711=1621833479614294590 +:=0";
        for (v, h) in pairs(data) {
            let (sign, digits) = v.split_once(':').unwrap();
            let d: Vec<u32> = digits
                .split(',')
                .filter(|x| !x.is_empty())
                .map(|x| x.parse().unwrap())
                .collect();
            assert_eq!(hash_big(sign == "-", &d), h, "{v}");
        }
    }

    #[test]
    fn float_hashes() {
        let data = "0.0=0 -0.0=0 1.0=1 -1.0=-2 1.5=1152921504606846977 -0.5=-1152921504606846976 \
            0.1=230584300921369408 1e300=1224995262755759164 -1e300=-1224995262755759164 \
            5e-324=16777216 2.2250738585072014e-308=32768 1e-310=615709907932414099 inf=314159 \
            -inf=-314159 2305843009213693952.0=1 4611686018427387904.0=2 \
            -2305843009213694464.0=-513 123456.789=1819310134279660096 \
            3.141592653589793=326490430436040707 1e16=10000000000000000 \
            -1e22=-1864712049423028464";
        for (v, h) in pairs(data) {
            assert_eq!(hash_f64(v.parse().unwrap(), 0), h, "hash({v})");
        }
        assert_eq!(hash_f64(f64::NAN, 0x7f00_1230), 0x7f0_0123);
        assert_eq!(hash_f64(f64::NAN, usize::MAX), -2); // rotates to -1
    }

    #[test]
    fn tuple_and_frozenset_hashes() {
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
        assert_eq!(hash_tuple(&[1]), -6644214454873602895);
        assert_eq!(hash_tuple(&[1, 2]), -3550055125485641917);
        assert_eq!(hash_tuple(&[-2]), 8078679518589016365);
        assert_eq!(hash_tuple(&[1, hash_tuple(&[2, 3])]), 7267574591690527098);
        assert_eq!(hash_tuple(&[0; 10]), -7222447081605638768);
        assert_eq!(hash_tuple(&[0, -2]), 8374038142897728572);
        assert_eq!(hash_frozenset(&[]), 133146708735736);
        assert_eq!(hash_frozenset(&[1]), -558064481276695278);
        assert_eq!(hash_frozenset(&[3, 1, 2]), -272375401224217160);
        assert_eq!(hash_frozenset(&[-2, -2]), 399283329322573);
        assert_eq!(
            hash_frozenset(&(0..100).collect::<Vec<_>>()),
            4411996150312757951
        );
    }
}
