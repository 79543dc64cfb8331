//! Twin of `benches/programs/fannkuch.py`: fannkuch-redux over all permutations of 0..n in the
//! Benchmarks Game order (alternating swaps, then rotations by the count vector), repeated
//! `REPEAT` times as the program does; prints the signed checksum and the maximum number of flips.

const REPEAT: usize = 3;

pub fn run(n: u64) -> String {
    let results: Vec<(i64, i64)> = (0..REPEAT).map(|_| fannkuch(n as usize)).collect();
    assert!(results.iter().all(|r| *r == results[0]), "runs disagree");
    let (checksum, max_flips) = results[0];
    format!("{checksum}\nPfannkuchen({n}) = {max_flips}\n")
}

fn fannkuch(n: usize) -> (i64, i64) {
    let mut perm1: Vec<usize> = (0..n).collect();
    let mut count = perm1.clone();
    let mut perm = vec![0; n];
    let (mut max_flips, mut checksum, mut sign) = (0i64, 0i64, true);
    loop {
        let mut k = perm1[0];
        if k != 0 {
            perm.copy_from_slice(&perm1);
            let mut flips = 1;
            let mut kk = perm[k];
            while kk != 0 {
                perm[..=k].reverse();
                flips += 1;
                k = kk;
                kk = perm[kk];
            }
            max_flips = max_flips.max(flips);
            checksum += if sign { flips } else { -flips };
        }
        if sign {
            perm1.swap(0, 1);
            sign = false;
        } else {
            perm1.swap(1, 2);
            sign = true;
            let mut r = 2;
            loop {
                if r >= n - 1 {
                    if count[n - 1] == 0 {
                        return (checksum, max_flips);
                    }
                    r = n - 1;
                    break;
                }
                if count[r] != 0 {
                    break;
                }
                count[r] = r;
                perm1[..=r + 1].rotate_left(1);
                r += 1;
            }
            count[r] -= 1;
        }
    }
}
