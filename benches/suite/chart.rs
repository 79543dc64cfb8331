//! The two SVG charts: times relative to python3 (log scale, one bar per engine per program,
//! a dashed geometric-mean line per engine), and the warm-up curves (seconds per main-loop
//! iteration, one panel per program).

use crate::suite::engines::Kind;
use crate::suite::measure::geomean;
use crate::suite::report::Run;

const FONT: &str = "font-family=\"sans-serif\"";

pub fn bars(run: &Run) -> String {
    let Some(base) = run.engines.iter().position(|e| e.kind == Kind::CPython) else {
        return String::new();
    };
    let n_prog = run.programs.len();
    let n_eng = run.engines.len();
    // rel[p][e]: time of engine e on program p over python3's.
    let rel: Vec<Vec<Option<f64>>> = (0..n_prog)
        .map(|p| {
            run.engines
                .iter()
                .map(|e| run.ratio(p, (e.kind, run.engines[base].kind)))
                .collect()
        })
        .collect();
    let all: Vec<f64> = rel.iter().flatten().flatten().copied().collect();
    let lo_v = all.iter().copied().fold(1.0, f64::min);
    let hi_v = all.iter().copied().fold(1.0, f64::max);
    let lo = 10f64.powf(lo_v.log10().floor());
    let hi = 10f64.powf(hi_v.log10().ceil().max(lo.log10() + 1.0));
    let (bar, gap) = (9.0, 12.0);
    let group = bar * n_eng as f64 + gap;
    let (left, top, plot_h, bottom, right) = (70.0, 70.0, 360.0, 120.0, 190.0);
    let plot_w = group * n_prog as f64;
    let (w, h) = (left + plot_w + right, top + plot_h + bottom);
    let y = |v: f64| top + plot_h * (hi.log10() - v.log10()) / (hi.log10() - lo.log10());
    let mut s = header(w, h);
    s += &format!(
        "<text x=\"{left}\" y=\"22\" font-size=\"16\" {FONT}>Time relative to python3 \
         (log scale, lower is faster; dashed: geometric mean)</text>\n"
    );
    legend(
        &mut s,
        run,
        &(0..run.engines.len()).collect::<Vec<_>>(),
        left,
        44.0,
    );
    // Grid lines at 1, 2, 5 x powers of ten.
    let mut decade = lo;
    while decade <= hi * 1.0001 {
        for m in [1.0, 2.0, 5.0] {
            let v = decade * m;
            if v > hi * 1.0001 {
                break;
            }
            let yy = y(v);
            let stroke = if m == 1.0 { "#bbb" } else { "#eee" };
            s += &format!(
                "<line x1=\"{left}\" x2=\"{}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"{stroke}\"/>\n",
                left + plot_w
            );
            s += &format!(
                "<text x=\"{}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\" {FONT}>{}</text>\n",
                left - 6.0,
                yy + 4.0,
                trim(v)
            );
        }
        decade *= 10.0;
    }
    for (p, prog) in run.programs.iter().enumerate() {
        let x0 = left + group * p as f64 + gap / 2.0;
        for (e, eng) in run.engines.iter().enumerate() {
            let Some(v) = rel[p][e] else { continue };
            let (x, yy) = (x0 + bar * e as f64, y(v));
            s += &format!(
                "<rect x=\"{x:.1}\" y=\"{yy:.1}\" width=\"{}\" height=\"{:.1}\" fill=\"{}\">\
                 <title>{} {}: {:.3}x python3</title></rect>\n",
                bar - 1.0,
                (top + plot_h - yy).max(0.5),
                eng.colour,
                prog.name,
                eng.label,
                v
            );
        }
        let lx = x0 + bar * n_eng as f64 / 2.0;
        let ly = top + plot_h + 10.0;
        s += &format!(
            "<text x=\"{lx:.1}\" y=\"{ly:.1}\" font-size=\"12\" text-anchor=\"end\" \
             transform=\"rotate(-55 {lx:.1} {ly:.1})\" {FONT}>{}</text>\n",
            prog.name
        );
    }
    let mut label_y = Vec::new();
    for (e, eng) in run.engines.iter().enumerate() {
        let v: Vec<f64> = rel.iter().filter_map(|r| r[e]).collect();
        let Some(g) = geomean(&v) else { continue };
        let yy = y(g);
        s += &format!(
            "<line x1=\"{left}\" x2=\"{:.1}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"{}\" \
             stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n",
            left + plot_w,
            eng.colour
        );
        // Labels at the right, nudged apart so they never overlap.
        let mut ty = yy + 4.0;
        while label_y.iter().any(|&o: &f64| (o - ty).abs() < 13.0) {
            ty += 13.0;
        }
        label_y.push(ty);
        s += &format!(
            "<text x=\"{:.1}\" y=\"{ty:.1}\" font-size=\"11\" fill=\"{}\" {FONT}>{} {:.3}</text>\n",
            left + plot_w + 6.0,
            eng.colour,
            eng.label,
            g
        );
    }
    s += &format!(
        "<rect x=\"{left}\" y=\"{top}\" width=\"{plot_w:.1}\" height=\"{plot_h}\" fill=\"none\" \
         stroke=\"#888\"/>\n</svg>\n"
    );
    s
}

pub fn warmup(run: &Run) -> String {
    let with: Vec<usize> = (0..run.programs.len())
        .filter(|&p| run.outcomes[p].warmup.iter().any(|(_, t)| !t.is_empty()))
        .collect();
    let cols = 4usize;
    let rows = with.len().div_ceil(cols).max(1);
    let (pw, ph, pad, top) = (280.0, 170.0, 50.0, 70.0);
    let (w, h) = (
        cols as f64 * (pw + pad) + pad,
        top + rows as f64 * (ph + pad) + 20.0,
    );
    let mut s = header(w, h);
    s += &format!(
        "<text x=\"{pad}\" y=\"22\" font-size=\"16\" {FONT}>Warm-up: seconds per main-loop \
         iteration, in iteration order (lower is faster)</text>\n"
    );
    let mut shown: Vec<usize> = with
        .iter()
        .flat_map(|&p| run.outcomes[p].warmup.iter().map(|(e, _)| *e))
        .collect();
    shown.sort();
    shown.dedup();
    legend(&mut s, run, &shown, pad, 44.0);
    for (k, &p) in with.iter().enumerate() {
        let (x0, y0) = (
            pad + (k % cols) as f64 * (pw + pad),
            top + (k / cols) as f64 * (ph + pad),
        );
        let curves = &run.outcomes[p].warmup;
        let max = curves
            .iter()
            .flat_map(|(_, t)| t.iter().copied())
            .fold(0.0, f64::max)
            .max(1e-9);
        s += &format!(
            "<rect x=\"{x0}\" y=\"{y0}\" width=\"{pw}\" height=\"{ph}\" fill=\"none\" stroke=\"#888\"/>\n\
             <text x=\"{x0}\" y=\"{:.1}\" font-size=\"13\" {FONT}>{}</text>\n\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"end\" {FONT}>{:.1} ms</text>\n\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"end\" {FONT}>0</text>\n",
            y0 - 6.0,
            run.programs[p].name,
            x0 - 3.0,
            y0 + 9.0,
            max * 1e3,
            x0 - 3.0,
            y0 + ph
        );
        for (e, times) in curves {
            if times.is_empty() {
                continue;
            }
            let n = (times.len() - 1).max(1) as f64;
            let pts: Vec<String> = times
                .iter()
                .enumerate()
                .map(|(i, &t)| {
                    format!(
                        "{:.1},{:.1}",
                        x0 + pw * i as f64 / n,
                        y0 + ph - ph * t / max
                    )
                })
                .collect();
            s += &format!(
                "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.5\"/>\n",
                pts.join(" "),
                run.engines[*e].colour
            );
        }
    }
    s += "</svg>\n";
    s
}

fn header(w: f64, h: f64) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.0}\" height=\"{h:.0}\" \
         viewBox=\"0 0 {w:.0} {h:.0}\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
    )
}

fn legend(s: &mut String, run: &Run, engines: &[usize], x: f64, y: f64) {
    let mut x = x;
    for e in engines.iter().map(|&i| &run.engines[i]) {
        *s += &format!(
            "<rect x=\"{x}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/>\
             <text x=\"{}\" y=\"{y}\" font-size=\"12\" {FONT}>{}</text>\n",
            y - 10.0,
            e.colour,
            x + 16.0,
            e.label
        );
        x += 30.0 + 7.0 * e.label.len() as f64;
    }
}

/// A tick label: 0.01, 0.5, 2, 100.
fn trim(v: f64) -> String {
    let s = format!("{v:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
