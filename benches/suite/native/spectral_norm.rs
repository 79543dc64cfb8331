//! Twin of `benches/programs/spectral_norm.py`: the power method on A(i,j) = 1/((i+j)(i+j+1)/2+i+1),
//! ten rounds of v = AtA u, u = AtA v, sums over j ascending; prints sqrt(uBv / vv) as "%.9f".

fn a(i: usize, j: usize) -> f64 {
    1.0 / (((i + j) * (i + j + 1) / 2 + i + 1) as f64)
}

fn mul_av(v: &[f64], out: &mut [f64]) {
    for (i, o) in out.iter_mut().enumerate() {
        let mut s = 0.0;
        for (j, &x) in v.iter().enumerate() {
            s += a(i, j) * x;
        }
        *o = s;
    }
}

fn mul_atv(v: &[f64], out: &mut [f64]) {
    for (i, o) in out.iter_mut().enumerate() {
        let mut s = 0.0;
        for (j, &x) in v.iter().enumerate() {
            s += a(j, i) * x;
        }
        *o = s;
    }
}

fn mul_atav(v: &[f64], out: &mut [f64], tmp: &mut [f64]) {
    mul_av(v, tmp);
    mul_atv(tmp, out);
}

pub fn run(n: u64) -> String {
    let n = n as usize;
    let mut u = vec![1.0; n];
    let mut v = vec![0.0; n];
    let mut tmp = vec![0.0; n];
    for _ in 0..10 {
        mul_atav(&u, &mut v, &mut tmp);
        mul_atav(&v, &mut u, &mut tmp);
    }
    let (mut vbv, mut vv) = (0.0, 0.0);
    for i in 0..n {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    format!("{:.9}\n", (vbv / vv).sqrt())
}
