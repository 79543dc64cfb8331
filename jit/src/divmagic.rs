//! Division by a constant without a divide instruction (Hacker's Delight, 10-1): for a divisor
//! `d >= 2`, `x / d` (truncating) is the high half of `x * M`, corrected and shifted. The backend
//! uses it for `//` and `%` by constants (`i % 1000003` is in nearly every hot integer loop), where
//! an `idiv` would cost tens of cycles.

/// The magic multiplier and shift for signed 64-bit division by `d` (`d >= 2`).
pub fn magic_s64(d: i64) -> (i64, u32) {
    assert!(d >= 2, "magic numbers are for divisors >= 2");
    let two63: u64 = 1 << 63;
    let ad = d as u64;
    let t = two63; // d > 0: no sign correction
    let anc = t - 1 - t % ad;
    let mut p: u32 = 63;
    let (mut q1, mut r1) = (two63 / anc, two63 - (two63 / anc) * anc);
    let (mut q2, mut r2) = (two63 / ad, two63 - (two63 / ad) * ad);
    loop {
        p += 1;
        q1 = q1.wrapping_mul(2);
        r1 = r1.wrapping_mul(2);
        if r1 >= anc {
            q1 = q1.wrapping_add(1);
            r1 = r1.wrapping_sub(anc);
        }
        q2 = q2.wrapping_mul(2);
        r2 = r2.wrapping_mul(2);
        if r2 >= ad {
            q2 = q2.wrapping_add(1);
            r2 = r2.wrapping_sub(ad);
        }
        let delta = ad - r2;
        if !(q1 < delta || (q1 == delta && r1 == 0)) {
            break;
        }
    }
    (q2.wrapping_add(1) as i64, p - 64)
}

/// Python's floor division `x // d` for `d >= 2` the way the backend computes it: with
/// `s = x >> 63`, `x ^ s` is non-negative (`~x` for negative `x`), its truncating quotient by the
/// magic multiply needs no sign fix-up, and `^ s` again turns it into the floor of `x / d`
/// (for negative `x`: `floor(x/d) = ~floor(~x/d)`). The remainder is then `x - q*d`, already in
/// `0..d`. No branch and no conditional move on the critical path.
pub fn floordiv_by_magic(x: i64, d: i64) -> i64 {
    let (m, sh) = magic_s64(d);
    let s = x >> 63;
    let y = x ^ s;
    let mut q = ((y as i128 * m as i128) >> 64) as i64;
    if m < 0 {
        q = q.wrapping_add(y);
    }
    (q >> sh) ^ s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The truncating quotient by the magic multiply (checks `magic_s64` itself).
    fn div_by_magic(x: i64, d: i64) -> i64 {
        let (m, s) = magic_s64(d);
        let mut q = ((x as i128 * m as i128) >> 64) as i64;
        if m < 0 {
            q = q.wrapping_add(x);
        }
        q >>= s;
        q + ((q as u64) >> 63) as i64
    }

    #[test]
    fn magic_division_matches_idiv() {
        let divisors = [
            2i64,
            3,
            5,
            7,
            10,
            1000,
            1000003,
            1000000007,
            641,
            (1 << 31) - 1,
            (1 << 32) + 1,
            i64::MAX,
            i64::MAX - 1,
            1 << 62,
            6700417,
        ];
        let mut xs = vec![
            0i64,
            1,
            -1,
            2,
            -2,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
            i64::MAX - 1,
        ];
        let mut s: u64 = 0x9E3779B97F4A7C15;
        for _ in 0..20000 {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            xs.push(s as i64);
            xs.push((s as i64) >> (s % 63));
        }
        for &d in &divisors {
            for &x in &xs {
                assert_eq!(div_by_magic(x, d), x / d, "{x} / {d}");
                let fq = floordiv_by_magic(x, d);
                assert_eq!(fq, x.div_euclid(d), "{x} // {d}");
                assert_eq!(
                    x.wrapping_sub(fq.wrapping_mul(d)),
                    x.rem_euclid(d),
                    "{x} % {d}"
                );
                for k in [-1i64, 0, 1] {
                    let y = (x / d).wrapping_mul(d).wrapping_add(k);
                    assert_eq!(div_by_magic(y, d), y / d, "{y} / {d}");
                }
            }
        }
    }
}
