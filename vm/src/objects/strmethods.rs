//! CPython 3.11 `str` method algorithms on `&str`, plus `repr()` of str and
//! bytes and the `str.format` / `%` template parsers.
//!
//! Invariants and conventions:
//! * Every index (`start`, `end`, return values of `find`, widths) counts
//!   code points, never bytes. `start`/`end` follow CPython's
//!   `ADJUST_INDICES`: None means 0 / len, negatives add len then clamp at 0,
//!   `end` clamps at len, `start` may exceed len (then nothing matches).
//! * `Err(String)` is CPython's exact message; the doc comment says which
//!   exception type to raise.
//! * Character classes reproduce Python 3.11's Unicode 14.0 database:
//!   printable, alpha, XID start/continue, decimal, digit and numeric come
//!   from compact range tables generated from python3 3.11.7 (exact for all
//!   code points). Case mappings and `islower`/`isupper` use Rust's char
//!   methods (a newer Unicode), restricted to code points assigned in 14.0
//!   and patched where the newer data differs, plus CPython's titlecase and
//!   casefold exceptions: checked equal to python3 for every code point.
//!   Approximate only: the `Case_Ignorable` test for final sigma in
//!   lower/capitalize/title/swapcase (taken from Rust's newer tables).
//! * Surrogate code points cannot occur in `&str`; pyjit strings containing
//!   them (e.g. from `surrogateescape`) must be handled by the caller.

use super::PyStr;
use std::sync::OnceLock;

// ------------------------------------------------------------ Unicode data

// Tables: alternating (gap, length-1) of sorted code point ranges, each
// number in base 32, most significant digit first; `A..Z!#$%&*` are
// non-final digits 0..31, `0..9a..v` final digits 0..31. Generated with
// python3 3.11 from: PRINTABLE str.isprintable, ALPHA str.isalpha, NUMERIC
// isnumeric, DECIMAL isdecimal, DIGIT_X isdigit != isdecimal, XID_START_X
// isidentifier() != isalpha(), XID_CONT_X ('a'+c).isidentifier() !=
// c.isidentifier().
const PRINTABLE: &str = "\
    B0CuB2b1W92546101j1Mc1B52Bh221Bm8q45hl1Fv1Bf2Bq2D4eBq2Bg2e1r201a5u9C91F017212l1610332821238041\
    142o2215412l16111111201441223073107ga218121l16111429121220f32b761217212l1611142821227241142ha1\
    15321331101131323b4432132060ek5c121m1f28121371122023297l121m19142812137161132911dc121Bi12154f2\
    p121h3n181026304510176922cBp4sB5110141n101m2410152923B0C71B34B61B31e1cB5G510502Lo132610132B813\
    2B0132610132e1Bo132C22v3p6Cl252Tv1r3Co7l9n9jcc1211cCt29696d1a6Co7Ba5C5au1b4b403B924bBb4p6a3Bt2\
    C01s2a696d2uBhCc3Be1Dj8Br3e3Br7Ba2a8Ba5Ql252B525271010101u2Bk1e1d251i2218hn8Beh12q1c3B0fB0fEb4\
    UmpalBYj2v1Ks5Bc10502Bn71en96161616161616161DtB2p1CocGlqb5Bu1Cl2D65Ba1Ct1CjcBe1$Tc3Bm9KrkFn8Ga\
    511014oBq396Bn8C58b6Djbt3Cd1a4B01Bm9d292D6ora5252596161Br4Dt296K%3cm4BgII4Ld2D9B66c45p14101111\
    1DsgNs2Bl70B0B96Bi1i13441E64Ft352525223616d12b1p1i111e2dB2Dq524Bc3Cn1c30BfBdE2s3Bgfr4B39t5Ba5t\
    1B44dBaEt296B34B34B78Bjbb1e16111a1e1611C3Jm9la7o51B918C55201Bb11302m1C788Bgi115B03q50C0Bn4j2Bh\
    1157121s2249787BvB0B64b9Bl3s2q5p73c6CgC8BnBidBi7Bd89J6u1B91221CeB78B9mpB6rkm9Cd4B39Bt14do796Bk\
    1h8B69Cv1jbh1BbC1610131e1a6Bq596317212l1611141921222060562634EbCr14uC789F6Bl2B5B2C4b96cjBp69Bm\
    q2e4mFpBrD4Cic72027111t112b99C672Bd2arC78CidC8I781Bc1das3v2l1dC96111Bb3011188965111B4111579Jmo\
    Fn0fBhd$qD6De14bG3CScD2dBBeD&hS6INpRo7u194Cg196t25aC5a9161k5iVgCqD5Ca4Bo7gC04b1eF*n8BGlBa8IX73\
    16111J2Bd2h38MbCI4Da5c387923ET0Bd2m9DjBsHlaB62C98DflC5EqjcCm9oE7Ck1C6112021231b10161C01327161r\
    131410361Kj2J32Vtf41eBCguH161g261114GlBc3d2941K0uhBp50BH0613111e1G42fB9Cb4941YhC3CcBsG231q1110\
    201913101060401010121110201010101011102316131310191g52141gBk1IeBb4D3ce2e1e1B4aFdBosdBb4871e5Eq\
    &n5f3c3DjcCo7b40fb4Bn896B78t21CeKjcd2434369s3a55a967869Ei1BmB59BA6BJWvB0EBo7Gt2FU1eHJgDAvQtBP2\
    E!aV#NlHf";
const ALPHA: &str = "\
    C1p6pBf0a0405m1u1O94be47010E141123106012101j1Ci1Ea8F51B5206B8C7q43BdBaB311D210f171a220g01ttCob\
    0oB091405l409030no7a5n15hB9BqBl30i079ff47212l16103330g0d112e1a085412l16111111v310j2g8121l16111\
    430i0f1n0b7212l16111430u112f0h015321331101131323bm0Bk7121m1f30q22021u047121m191430v111f1h8121B\
    820g05282o55h3n181026BqBf11c6Bq110141n101911902410l3B00Bv71B3r4DjBak0g5433031724cc0hB510502Ba1\
    Kc132610132B8132B0132610132e1Bo132C2B5fgCl253Tb2g1p5Ca677hdiehec12fBjB3040C3Co742B1105C5auBht2\
    4bBb4pBmm9BkCi0CtBeh7Bmtd1aBbqB3B92aB3287Ba22B931511305FvC0Il252B525271010101u2Bk1610321633254\
    c5216Dk0d0gcD5040291034601010131a235440Bk1CTrH46331cB510502Bn70gm9616161616161616Cg0Ol1Ba4514C\
    l621Cp135Ba1CthvBgfQ0GNvC0VUcC3Bd2Ic3fa1kBegu2C5Bh82D62Bv511014of12131mtBjeBhBu53011bramps7Bes\
    0g419a41B8n217km303Bh1031242010o22a72c5252596161Ba1d6DitK%3cm4BgII4Ld2D9B66c450191c141011111Db\
    B1LaiBv2BlB8bDk41E6B4p6pbCo35252522B3b1p1i111e2dB2DqM5s3BgBfvdj176B5at2B347BgEtiB34B34B78Bjca1\
    e16111a1e1611C3Jm9la7o51B918C55201Bb11302mam9uC1i11alapC6Bn61C00f3121sBas3sB371rrBlalaidhDeC8B\
    nBidBidB3KsB961Cesa08lBahBekrmcBkBp120dBcB0oqB3t0208B230cBfe3l010B3h1oCk610131e197BeB67212l161\
    11430i0c4EuBki3k2uBfk110FoBeB93B4Bfk0BrBad0C7qB56FpBbDkBvv72027111nf010Cu72B6g010s0aB770l0bBdj\
    0iC8I781B4h0BhtDg6111B5l0p5111ve0K7iFt0Cf$pH6G3CScD0fBBeD&hS6INpRo7uhCehtiBfg3vk5iVgBvE0Ca50C2\
    cC0110sF*n8BGlBa8IX7316111J2Bd2h38MbCI4Da5c3879F#6Ck1C6112021231b10161C01327161r131410361Kj2o1\
    o1u1o1u1o1u1o1u1o17BZkuP1Bca6g0K1tiBbBHk613111e1G4BrC370BFk31q11102019131010604010101211102010\
    10101011102316131310191g52141gEK4BJWvB0EBo7Gt2FU1eHJgDAvQtBP2E!a";
const XID_START_X: &str = "\
    Cv0Yq0CVo0Dv0CBq2Mk1CEh0l0BhB223DF60On0p8e2%Vb9VLe5Mm1Dk010101010101010Iv1N0BkOc080E64IBaDe";
const XID_CONT_X: &str = "\
    Bg9Dt0S8Dfn0Hr4I9Bc10111110C8aBgu60D5625211329n0uqCraf9B1890o3181214Bb2Bs7Ban1B0Bm21h16a129h2B\
    o016212290a129e022Bo014412230kb30b2Bo0171212k129a512Bo016212272a129i0Br4321390e9g4Bn016121371b\
    129h2Bo016121371b129g3Bn116121390a129h2C604510176921Bt017c719Cn019b529Bu169b0101041Bhj115a1B39\
    0D4j19c342122633db1eVv298%03s2t1u1C0v9029B121aEf0Dmb4ba9E0aBs4Bp91s2a69md1fBh4Bfgb9h8c2uc29Bcd\
    Bgj8969Dm21k406022G6BvRv1j0Drc403bC*u2Ed0D0vRa5D91%M59C5049B01Cg1Ig03040n440Cj1Biha96hdas7pcBc\
    3Bfdf9b0a9Bfdc08129B12Bi012215110B9451Hc71129TZ40X1fgf31o2G09B50Cu1St0H20El4J59BKn21153B8240F5\
    1Rt389Lh1EpaBh3Dq2Bleva21a3Bda70Bd962B4d1951Bc0c2Bgd831bCib60F0b5963Bn116212290a12634G0h9940Ch\
    jc9Gl628r1Cigf9Chc89Cje49HieF59C6511231011c9Dn62630s9B8613809aBefMl717g9Bol1dDq53011161089Bg41\
    11489K93S#99Cm9B64Br6p9*l01Bm73Ch0b1TFb1ET1Bd2mQu4358726u3Ek2BM9BhQ0Bm4Bh80e0m41eBKg61g261114I\
    5699L40BtdBOm6Dd659EUm9YBI6Hf";
const NUMERIC: &str = "\
    Bg9Do15022BN19E69G69Ms9Dm945Dc9Dm9Dm925DecDj986D79D867iDd9D09Dm9C6jIc9C69Wfj#h2Hf969m9Jc9E0aF5\
    969Fm9Cm9E6969BAm03569G6Bi24WmBrCelTmtBL90Y90p8e2Kn3Ea9u71eB09B7eK50Dt0%60Z20EVi0203010Cj0Be07\
    010B81u080B40D20Mj0C10B201010Oj01260Dk3Ym0Ql070BM00E31c210*d0Cd0BE50BZj0BEf0X70CQ70%50CE1040Ds\
    0CHg0B4050Bb0Dt0DZ99Fs9K05Eq9B69G69m9Cm9Mm9TLh07040Bp0u010B90BIi9PdBccBoh1KlqB43t080E64Ga9%e7p\
    6B78Cb4m5F012f2BdC08Bk1u2Cb4D87o7B96Ka5Bg9J6uEu9Ba3Dg6E6tE09Bs9Eg97jHr9Km9Dm9Lm9D69D6bN4iCt9Xm\
    sH39C69QmkBBbDeRPh9Cm9E6916YumZC9jDcoBClBhCK09N69BOd8E09YnBq1213CcBc1e&2cCX39BA70D20Dt0Bu0CA80\
    Co080f0Kd0i0r0GDm0BQ70EM20J!h0BFR20";
const DECIMAL: &str = "\
    Bg9BR69E69G69Ms9Dm9Dm9Dm9Dm9Dm9Dm9Dm9Dm9Dm9D09Dm9C69Im9C69B!69B69Jc9E09F6969Fm9Cm9E6969BCO69V6\
    9B69G69m9Cm9Mm9UYm9BM69CE69Zc9E09Bs9Eg9Im9Km9Dm9Lm9D69D69N69D69Xm9Hm9C69TFm9Cm9E69#DkBhCK09N69\
    BSm9EUm9";
const DIGIT_X: &str = "\
    Fi150EVf8BT80BUl03569&m8b8b8Cp0a810Tm81818BYVd3BAs8P98BYF5a";

fn decode(data: &str) -> Vec<(u32, u32)> {
    const FINAL: &str = "0123456789abcdefghijklmnopqrstuv";
    const MORE: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*";
    let (mut nums, mut v) = (Vec::new(), 0u32);
    for ch in data.chars() {
        if let Some(d) = MORE.find(ch) {
            v = v * 32 + d as u32;
        } else if let Some(d) = FINAL.find(ch) {
            nums.push(v * 32 + d as u32);
            v = 0;
        }
    }
    let mut prev = 0;
    let ranges = nums.chunks(2).map(|pair| {
        let start = prev + pair[0];
        prev = start + pair[1] + 1;
        (start, start + pair[1])
    });
    ranges.collect()
}

fn in_table(cell: &'static OnceLock<Vec<(u32, u32)>>, data: &str, c: char) -> bool {
    let t = cell.get_or_init(|| decode(data));
    let c = c as u32;
    let i = t.partition_point(|&(_, e)| e < c);
    i < t.len() && t[i].0 <= c
}

macro_rules! table_fn {
    ($name:ident, $data:ident) => {
        fn $name(c: char) -> bool {
            static CELL: OnceLock<Vec<(u32, u32)>> = OnceLock::new();
            in_table(&CELL, $data, c)
        }
    };
}
table_fn!(is_printable_char, PRINTABLE);
table_fn!(is_alpha_char, ALPHA);
table_fn!(xid_start_x, XID_START_X);
table_fn!(xid_cont_x, XID_CONT_X);
table_fn!(is_numeric_char, NUMERIC);
table_fn!(is_decimal_char, DECIMAL);
table_fn!(digit_x, DIGIT_X);

fn is_digit_char(c: char) -> bool {
    is_decimal_char(c) || digit_x(c)
}
fn is_alnum_char(c: char) -> bool {
    is_alpha_char(c) || is_numeric_char(c)
}
fn is_xid_start(c: char) -> bool {
    is_alpha_char(c) != xid_start_x(c)
}
fn is_xid_continue(c: char) -> bool {
    is_xid_start(c) != xid_cont_x(c)
}

/// `str.isspace` for one char: bidi class WS/B/S or category Zs.
pub fn is_space_char(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | '\x1c'..=' ');
    }
    matches!(c, '\u{2000}'..='\u{200a}')
        || "\u{85}\u{a0}\u{1680}\u{2028}\u{2029}\u{202f}\u{205f}\u{3000}".contains(c)
}

/// Line boundaries of `str.splitlines`.
fn is_linebreak(c: char) -> bool {
    "\n\x0b\x0c\r\x1c\x1d\x1e\u{85}\u{2028}\u{2029}".contains(c)
}

fn is_title_char(c: char) -> bool {
    let u = c as u32;
    matches!(u, 0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1fbc | 0x1fcc | 0x1ffc)
        || matches!(u, 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf)
}
fn is_lower_char(c: char) -> bool {
    // Lowercase changed after Unicode 14 for these
    (c.is_lowercase()
        && is_printable_char(c)
        && !matches!(c as u32, 0x10fc | 0xa7f2..=0xa7f4 | 0xab69))
        || c == '\u{295}'
}
fn is_upper_char(c: char) -> bool {
    c.is_uppercase() && is_printable_char(c)
}
fn is_cased(c: char) -> bool {
    is_lower_char(c) || is_upper_char(c) || is_title_char(c)
}

fn upper_full(c: char, out: &mut String) {
    // unassigned in 14.0 (non-printable) or case pairs added later
    if !is_printable_char(c) || matches!(c as u32, 0x19b | 0x264 | 0xa7d3 | 0xa7d5) {
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}
fn lower_full(c: char, out: &mut String) {
    if is_printable_char(c) {
        out.extend(c.to_lowercase());
    } else {
        out.push(c);
    }
}
/// Titlecase mappings of several chars that differ from the uppercase ones.
const TITLE_MULTI: [u32; 23] = [
    0xdf, 0x587, 0x1fb2, 0x1fb4, 0x1fb7, 0x1fc2, 0x1fc4, 0x1fc7, 0x1ff2, 0x1ff4, 0x1ff7, 0xfb00,
    0xfb01, 0xfb02, 0xfb03, 0xfb04, 0xfb05, 0xfb06, 0xfb13, 0xfb14, 0xfb15, 0xfb16, 0xfb17,
];
fn title_full(c: char, out: &mut String) {
    let u = c as u32;
    let single = match u {
        0x10d0..=0x10fa | 0x10fd..=0x10ff => u, // Georgian: titlecase is itself
        0x1c4..=0x1c6 => 0x1c5,
        0x1c7..=0x1c9 => 0x1c8,
        0x1ca..=0x1cc => 0x1cb,
        0x1f1..=0x1f3 => 0x1f2,
        0x1f80..=0x1faf => u | 8,
        0x1fb3 | 0x1fbc => 0x1fbc,
        0x1fc3 | 0x1fcc => 0x1fcc,
        0x1ff3 | 0x1ffc => 0x1ffc,
        _ if TITLE_MULTI.contains(&u) => {
            // first letter upper, the rest lower; iota subscript stays U+0345
            for (i, x) in c.to_uppercase().enumerate() {
                match (i, x) {
                    (0, _) => out.push(x),
                    (_, '\u{399}') => out.push('\u{345}'),
                    _ => out.extend(x.to_lowercase()),
                }
            }
            return;
        }
        _ => return upper_full(c, out),
    };
    out.push(char::from_u32(single).unwrap_or(c));
}
fn casefold_full(c: char, out: &mut String) {
    match c as u32 {
        0x131 => out.push(c),
        // Cherokee folds to uppercase
        0x13a0..=0x13f5 | 0x13f8..=0x13fd | 0xab70..=0xabbf => upper_full(c, out),
        0x1e9e => out.push_str("ss"),
        _ => {
            let mut up = String::new();
            upper_full(c, &mut up);
            up.chars().for_each(|x| lower_full(x, out));
        }
    }
}

/// Case_Ignorable, probed through Rust's Final_Sigma implementation
/// (approximate: Rust's Unicode version).
fn is_case_ignorable(c: char) -> bool {
    let cased = c.is_lowercase() || c.is_uppercase() || is_title_char(c);
    let probe = format!("AΣ{c}{}", if cased { '1' } else { 'B' }).to_lowercase();
    probe.chars().nth(1) == Some(if cased { 'ς' } else { 'σ' })
}

/// CPython's `lower_ucs4`: full lowercase, with U+03A3 in Final_Sigma context
/// becoming U+03C2.
fn lower_at(s: &[char], i: usize, out: &mut String) {
    if s[i] != 'Σ' {
        return lower_full(s[i], out);
    }
    let mut j = i;
    while j > 0 && is_case_ignorable(s[j - 1]) {
        j -= 1;
    }
    let mut final_sigma = j > 0 && is_cased(s[j - 1]);
    if final_sigma {
        let mut k = i + 1;
        while k < s.len() && is_case_ignorable(s[k]) {
            k += 1;
        }
        final_sigma = k == s.len() || !is_cased(s[k]);
    }
    out.push(if final_sigma { 'ς' } else { 'σ' });
}

// ------------------------------------------------------------ helpers

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

/// CPython's ADJUST_INDICES; the result may have start > end.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(i64::MAX);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// Byte slice of `s` for the code point range [start, end) (start <= end <= len).
fn sub_slice(s: &PyStr, start: i64, end: i64) -> &str {
    &s.as_str()[s.byte_offset(start as usize)..s.byte_offset(end as usize)]
}

// ------------------------------------------------------------ split & co

/// `str.split`. ValueError "empty separator". `maxsplit < 0` = no limit.
pub fn split(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, String> {
    let mut left = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut out = Vec::new();
    match sep {
        None if s.is_ascii() => {
            // bytes are chars: scan them, and slice the words out of `s`
            let b = s.as_bytes();
            let ws = |c: u8| matches!(c, b'\t'..=b'\r' | 0x1c..=b' ');
            let mut i = 0;
            while i < b.len() && ws(b[i]) {
                i += 1;
            }
            while i < b.len() {
                let mut j = i;
                if left == 0 {
                    j = b.len();
                } else {
                    while j < b.len() && !ws(b[j]) {
                        j += 1;
                    }
                }
                out.push(s[i..j].to_string());
                left = left.saturating_sub(1);
                i = j;
                while i < b.len() && ws(b[i]) {
                    i += 1;
                }
            }
        }
        None => {
            let c = chars(s);
            let skip = |mut i: usize, ws: bool| {
                while i < c.len() && is_space_char(c[i]) == ws {
                    i += 1;
                }
                i
            };
            let mut i = skip(0, true);
            while i < c.len() {
                let j = if left == 0 { c.len() } else { skip(i, false) };
                out.push(c[i..j].iter().collect());
                left = left.saturating_sub(1);
                i = skip(j, true);
            }
        }
        Some("") => return Err("empty separator".into()),
        Some(sep) => {
            let mut rest = s;
            while left > 0 {
                let Some(p) = rest.find(sep) else { break };
                out.push(rest[..p].to_string());
                rest = &rest[p + sep.len()..];
                left -= 1;
            }
            out.push(rest.to_string());
        }
    }
    Ok(out)
}

/// `str.rsplit`. ValueError "empty separator". Splitting from the right is
/// splitting the reversed string by the reversed separator.
pub fn rsplit(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, String> {
    let rev = |x: &str| x.chars().rev().collect::<String>();
    let sep = sep.map(rev);
    let mut parts = split(&rev(s), sep.as_deref(), maxsplit)?;
    parts.reverse();
    Ok(parts.iter().map(|p| rev(p)).collect())
}

/// `str.splitlines`: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
pub fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    let c = chars(s);
    let (n, mut i) = (c.len(), 0);
    let mut out = Vec::new();
    while i < n {
        let j = i;
        while i < n && !is_linebreak(c[i]) {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            i += 1 + usize::from(c[i] == '\r' && c.get(i + 1) == Some(&'\n'));
            if keepends {
                eol = i;
            }
        }
        out.push(c[j..eol].iter().collect());
    }
    out
}

fn strip_impl<'a>(s: &'a str, chars: Option<&str>, left: bool, right: bool) -> &'a str {
    let f = |c: char| match chars {
        None => is_space_char(c),
        Some(set) => set.contains(c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(f);
    }
    if right {
        r = r.trim_end_matches(f);
    }
    r
}
/// `str.strip`; `None` strips `isspace` characters. The result is a part of `s`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    strip_impl(s, chars, true, true)
}
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    strip_impl(s, chars, true, false)
}
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    strip_impl(s, chars, false, true)
}

// ------------------------------------------------------------ searching

fn find_impl(s: &PyStr, sub: &str, start: Option<i64>, end: Option<i64>, rev: bool) -> i64 {
    let (st, en) = adjust(start, end, s.char_len());
    if en - st < sub.chars().count() as i64 {
        return -1;
    }
    let hay = sub_slice(s, st, en);
    let found = if rev { hay.rfind(sub) } else { hay.find(sub) };
    found.map_or(-1, |b| st + hay[..b].chars().count() as i64)
}
/// `str.find`: code point index or -1.
pub fn find(s: &PyStr, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    find_impl(s, sub, start, end, false)
}
/// `str.rfind`: code point index or -1 (empty `sub` gives the adjusted end).
pub fn rfind(s: &PyStr, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    find_impl(s, sub, start, end, true)
}

/// `str.count`: non-overlapping occurrences; empty `sub` counts positions.
pub fn count(s: &PyStr, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    let (st, en) = adjust(start, end, s.char_len());
    if en - st < sub.chars().count() as i64 {
        return 0;
    }
    if sub.is_empty() {
        return (en - st + 1) as usize;
    }
    sub_slice(s, st, en).matches(sub).count()
}

/// `str.replace`; `count < 0` replaces all. An empty `old` inserts `new`
/// before every character and at the end (up to `count` times).
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    }
}

fn tailmatch(s: &PyStr, sub: &str, start: Option<i64>, end: Option<i64>, suffix: bool) -> bool {
    let (st, en) = adjust(start, end, s.char_len());
    let sl = sub.chars().count() as i64;
    let en2 = en - sl;
    if en2 < st {
        return false;
    }
    let hay = sub_slice(s, st, en);
    if suffix {
        hay.ends_with(sub)
    } else {
        hay.starts_with(sub)
    }
}
/// `str.startswith` for one prefix (the caller loops over a tuple).
pub fn startswith(s: &PyStr, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    tailmatch(s, prefix, start, end, false)
}
/// `str.endswith` for one suffix.
pub fn endswith(s: &PyStr, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    tailmatch(s, suffix, start, end, true)
}

type Parts = (String, String, String);
fn partition_impl(s: &str, sep: &str, rev: bool) -> Result<Parts, String> {
    if sep.is_empty() {
        return Err("empty separator".into());
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    Ok(match found {
        Some(p) => (s[..p].into(), sep.into(), s[p + sep.len()..].into()),
        None if rev => (String::new(), String::new(), s.into()),
        None => (s.into(), String::new(), String::new()),
    })
}
/// `str.partition`. ValueError "empty separator".
pub fn partition(s: &str, sep: &str) -> Result<Parts, String> {
    partition_impl(s, sep, false)
}
/// `str.rpartition`. ValueError "empty separator".
pub fn rpartition(s: &str, sep: &str) -> Result<Parts, String> {
    partition_impl(s, sep, true)
}

pub fn removeprefix(s: &str, p: &str) -> String {
    s.strip_prefix(p).unwrap_or(s).to_string()
}
pub fn removesuffix(s: &str, p: &str) -> String {
    s.strip_suffix(p).unwrap_or(s).to_string()
}

// ------------------------------------------------------------ case mapping

fn map_chars(s: &str, f: fn(char, &mut String)) -> String {
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| f(c, &mut out));
    out
}
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    map_chars(s, upper_full)
}
/// `str.lower`, including the final-sigma rule.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let c = chars(s);
    let mut out = String::with_capacity(s.len());
    (0..c.len()).for_each(|i| lower_at(&c, i, &mut out));
    out
}
/// `str.casefold` (full case folding, no final-sigma rule).
pub fn casefold(s: &str) -> String {
    map_chars(s, casefold_full)
}
/// `str.capitalize` (3.8+): titlecase of the first char, the rest lowered.
pub fn capitalize(s: &str) -> String {
    let c = chars(s);
    let mut out = String::with_capacity(s.len());
    if let Some(&first) = c.first() {
        title_full(first, &mut out);
    }
    (1..c.len()).for_each(|i| lower_at(&c, i, &mut out));
    out
}
/// `str.title`: titlecase after an uncased char, lowercase after a cased one.
pub fn title(s: &str) -> String {
    let c = chars(s);
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for i in 0..c.len() {
        if prev_cased {
            lower_at(&c, i, &mut out)
        } else {
            title_full(c[i], &mut out)
        }
        prev_cased = is_cased(c[i]);
    }
    out
}
pub fn swapcase(s: &str) -> String {
    let c = chars(s);
    let mut out = String::with_capacity(s.len());
    for i in 0..c.len() {
        if is_upper_char(c[i]) {
            lower_at(&c, i, &mut out)
        } else if is_lower_char(c[i]) {
            upper_full(c[i], &mut out)
        } else {
            out.push(c[i])
        }
    }
    out
}

// ------------------------------------------------------------ padding

/// Pads to `width` code points; `left(margin)` is how much goes on the left.
fn justify(s: &str, width: i64, fill: char, left: impl Fn(i64) -> i64) -> String {
    let marg = width - s.chars().count() as i64;
    if marg <= 0 {
        return s.to_string();
    }
    let l = left(marg);
    let mut out: String = std::iter::repeat_n(fill, l as usize).collect();
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, (marg - l) as usize));
    out
}
/// `str.center`: the odd extra fill char goes left only when both the margin
/// and `width` are odd.
pub fn center(s: &str, width: i64, fill: char) -> String {
    justify(s, width, fill, |marg| marg / 2 + (marg & width & 1))
}
pub fn ljust(s: &str, width: i64, fill: char) -> String {
    justify(s, width, fill, |_| 0)
}
pub fn rjust(s: &str, width: i64, fill: char) -> String {
    justify(s, width, fill, |marg| marg)
}
/// `str.zfill`: a leading '+'/'-' moves in front of the zeros.
pub fn zfill(s: &str, width: i64) -> String {
    let n = s.chars().count() as i64;
    if n >= width {
        return s.to_string();
    }
    let zeros = "0".repeat((width - n) as usize);
    match s.chars().next() {
        Some(sign @ ('+' | '-')) => format!("{sign}{zeros}{}", &s[1..]),
        _ => zeros + s,
    }
}
/// `str.expandtabs`: columns reset after '\n' and '\r'; tabsize <= 0 deletes tabs.
pub fn expandtabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    out
}

// ------------------------------------------------------------ predicates

fn all_nonempty(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal_char)
}
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit_char)
}
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric_char)
}
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha_char)
}
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, is_alnum_char)
}
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space_char)
}
/// True for "" too.
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable_char)
}
/// True for "" too.
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}
/// XID_Start (or '_') then XID_Continue; no NFKC normalisation, as CPython.
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    it.next().is_some_and(is_xid_start) && it.all(is_xid_continue)
}
/// No char with property `no`, and at least one with `yes`.
fn cased_only(s: &str, yes: fn(char) -> bool, no: fn(char) -> bool) -> bool {
    let mut found = false;
    for c in s.chars() {
        if no(c) || is_title_char(c) {
            return false;
        }
        found |= yes(c);
    }
    found
}
pub fn islower(s: &str) -> bool {
    cased_only(s, is_lower_char, is_upper_char)
}
pub fn isupper(s: &str) -> bool {
    cased_only(s, is_upper_char, is_lower_char)
}
pub fn istitle(s: &str) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.chars() {
        let (up, low) = (is_upper_char(c) || is_title_char(c), is_lower_char(c));
        if (up && prev_cased) || (low && !prev_cased) {
            return false;
        }
        prev_cased = up || low;
        cased |= prev_cased;
    }
    cased
}

// ------------------------------------------------------------ repr

/// `'...'` unless the text has `'` and no `"`; escapes `\\`, the quote,
/// `\t \n \r`; other chars outside ' '..='~' become `\xNN` / `\uNNNN` /
/// `\UNNNNNNNN`, except printable non-ASCII text (`text`, i.e. not bytes).
fn quote_escaped(prefix: &str, c: &[char], text: bool) -> String {
    let quote = if c.contains(&'\'') && !c.contains(&'"') {
        '"'
    } else {
        '\''
    };
    let mut out = format!("{prefix}{quote}");
    for &c in c {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => out.extend(['\\', c]),
            ' '..='~' => out.push(c),
            _ if text && c > '\x7f' && is_printable_char(c) => out.push(c),
            '\0'..='\u{ff}' => out.push_str(&format!("\\x{:02x}", c as u32)),
            '\u{100}'..='\u{ffff}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            _ => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}
/// `repr(str)`, exactly as CPython.
pub fn repr(s: &str) -> String {
    quote_escaped("", &chars(s), true)
}
/// `repr(bytes)`: `b'...'`.
pub fn bytes_repr(b: &[u8]) -> String {
    quote_escaped(
        "b",
        &b.iter().map(|&x| x as char).collect::<Vec<_>>(),
        false,
    )
}

// ------------------------------------------------------------ templates

/// A piece of a `str.format` template. `conversion` is the char after `!`
/// (unvalidated: the caller raises ValueError "Unknown conversion specifier
/// X"); `spec` is raw and may contain nested `{...}` fields; `name` is raw
/// (`0`, `a.b[c]`, or "" for automatic numbering).
#[derive(Debug, Clone, PartialEq)]
pub enum FmtPiece {
    Literal(String),
    Field {
        name: String,
        conversion: Option<char>,
        spec: String,
    },
}

/// Parse a `str.format` template exactly like CPython's `MarkupIterator`
/// (`{{`/`}}` escapes; `[...]` in a field name may contain `}`, `:`, `!`).
/// Errors are ValueError. CPython parses lazily, so fields *before* a syntax
/// error are formatted (and may raise) first: with this eager parser the
/// caller should format the pieces it got from `parse_format_template`'s
/// `Ok` result, and on `Err` ideally replay the valid prefix first (use
/// `parse_format_template_partial`).
pub fn parse_format_template(t: &str) -> Result<Vec<FmtPiece>, String> {
    let (pieces, err) = parse_format_template_partial(t);
    err.map_or(Ok(pieces), Err)
}

/// Pieces parsed before the first error, and that error (if any).
pub fn parse_format_template_partial(t: &str) -> (Vec<FmtPiece>, Option<String>) {
    let c = chars(t);
    let n = c.len();
    let mut pos = 0;
    let mut out = Vec::new();
    let mut lit = String::new();
    let flush = |lit: &mut String, out: &mut Vec<FmtPiece>| {
        if !lit.is_empty() {
            out.push(FmtPiece::Literal(std::mem::take(lit)));
        }
    };
    while pos < n {
        let start = pos;
        let mut ch = '\0';
        let mut markup = false;
        while pos < n {
            ch = c[pos];
            pos += 1;
            if ch == '{' || ch == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= n;
        let mut len = pos - start;
        if ch == '}' && markup && (at_end || c[pos] != '}') {
            flush(&mut lit, &mut out);
            return (out, Some("Single '}' encountered in format string".into()));
        }
        if at_end && markup && ch == '{' {
            flush(&mut lit, &mut out);
            return (out, Some("Single '{' encountered in format string".into()));
        }
        if !at_end && markup {
            if c[pos] == ch {
                pos += 1; // escaped brace: literal keeps one
                markup = false;
            } else {
                len -= 1;
            }
        }
        lit.extend(&c[start..start + len]);
        if !markup {
            continue;
        }
        flush(&mut lit, &mut out);
        match parse_field(&c, &mut pos) {
            Ok(f) => out.push(f),
            Err(e) => return (out, Some(e.into())),
        }
    }
    flush(&mut lit, &mut out);
    (out, None)
}

/// CPython's `parse_field`, starting just after the opening `{`.
fn parse_field(c: &[char], pos: &mut usize) -> Result<FmtPiece, &'static str> {
    let n = c.len();
    let name_start = *pos;
    let mut ch = '\0';
    while *pos < n {
        ch = c[*pos];
        *pos += 1;
        match ch {
            '{' => return Err("unexpected '{' in field name"),
            '[' => {
                while *pos < n && c[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name: String = c[name_start..*pos - 1].iter().collect();
    let mut conversion = None;
    let field = |conversion, spec| {
        Ok(FmtPiece::Field {
            name,
            conversion,
            spec,
        })
    };
    if ch != '!' && ch != ':' {
        return match ch {
            '}' => field(None, String::new()),
            _ => Err("expected '}' before end of string"),
        };
    }
    if ch == '!' {
        if *pos >= n {
            return Err("end of string while looking for conversion specifier");
        }
        conversion = Some(c[*pos]);
        *pos += 1;
        if *pos < n {
            let next = c[*pos];
            *pos += 1;
            if next == '}' {
                return field(conversion, String::new());
            }
            if next != ':' {
                return Err("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < n {
        let x = c[*pos];
        *pos += 1;
        if x == '{' {
            depth += 1;
        } else if x == '}' {
            depth -= 1;
            if depth == 0 {
                return field(conversion, c[spec_start..*pos - 1].iter().collect());
            }
        }
    }
    Err("unmatched '{' in format spec")
}

/// Width or precision of a `%` conversion.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PctNum {
    Star,
    N(usize),
}

/// A piece of a printf-style template. `flags` keeps the chars of `-+ #0`
/// as written; a bare `.` gives `precision: Some(N(0))`; length modifiers
/// `h l L` are skipped.
#[derive(Debug, Clone, PartialEq)]
pub enum PctPiece {
    Literal(String),
    Conv {
        key: Option<String>,
        flags: String,
        width: Option<PctNum>,
        precision: Option<PctNum>,
        conv: char,
    },
}

/// Parse a `%` template. Errors are ValueError: "incomplete format",
/// "incomplete format key", "width too big", "precision too big",
/// "unsupported format character 'y' (0x79) at index 3".
///
/// Ordering quirk: CPython evaluates conversions left to right and checks the
/// conversion char only *after* fetching its argument (and doing its mapping
/// lookup), so `'%y' % ()` raises TypeError "not enough arguments for format
/// string" and `'%s %y' % (x,)` calls `str(x)` first. An exact caller uses
/// `parse_percent_template_partial` and processes the returned pieces before
/// raising the error.
pub fn parse_percent_template(t: &str) -> Result<Vec<PctPiece>, String> {
    let (pieces, err) = parse_percent_template_partial(t);
    err.map_or(Ok(pieces), Err)
}

/// Pieces before the first error plus that error. For an unsupported
/// conversion char the offending `Conv` (with that `conv`) is the last piece:
/// fetch its argument(s), then raise. Note `%` after flags/width/key is a
/// conversion char (`'%5%'` needs an argument, then fails as unsupported);
/// only `%%` directly is a literal.
pub fn parse_percent_template_partial(t: &str) -> (Vec<PctPiece>, Option<String>) {
    let c = chars(t);
    let n = c.len();
    let mut pos = 0;
    let mut out = Vec::new();
    let mut lit = String::new();
    let err = |out: Vec<PctPiece>, lit: String, msg: String| {
        let mut out = out;
        if !lit.is_empty() {
            out.push(PctPiece::Literal(lit));
        }
        (out, Some(msg))
    };
    while pos < n {
        if c[pos] != '%' {
            lit.push(c[pos]);
            pos += 1;
            continue;
        }
        pos += 1;
        if pos < n && c[pos] == '%' {
            lit.push('%');
            pos += 1;
            continue;
        }
        let mut key = None;
        if pos < n && c[pos] == '(' {
            pos += 1;
            let key_start = pos;
            let mut depth = 1;
            while depth > 0 && pos < n {
                match c[pos] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                pos += 1;
            }
            if depth > 0 {
                return err(out, lit, "incomplete format key".into());
            }
            key = Some(c[key_start..pos - 1].iter().collect::<String>());
        }
        let mut flags = String::new();
        while pos < n && matches!(c[pos], '-' | '+' | ' ' | '#' | '0') {
            flags.push(c[pos]);
            pos += 1;
        }
        let num = |pos: &mut usize, limit: usize| -> Result<Option<PctNum>, ()> {
            if *pos < n && c[*pos] == '*' {
                *pos += 1;
                return Ok(Some(PctNum::Star));
            }
            if *pos >= n || !c[*pos].is_ascii_digit() {
                return Ok(None);
            }
            let mut v: usize = 0;
            while *pos < n && c[*pos].is_ascii_digit() {
                let d = c[*pos] as usize - '0' as usize;
                if v > (limit - d) / 10 {
                    return Err(());
                }
                v = v * 10 + d;
                *pos += 1;
            }
            Ok(Some(PctNum::N(v)))
        };
        let width = match num(&mut pos, isize::MAX as usize) {
            Ok(w) => w,
            Err(()) => return err(out, lit, "width too big".into()),
        };
        let mut precision = None;
        if pos < n && c[pos] == '.' {
            pos += 1;
            precision = match num(&mut pos, i32::MAX as usize) {
                Ok(p) => Some(p.unwrap_or(PctNum::N(0))),
                Err(()) => return err(out, lit, "precision too big".into()),
            };
        }
        if pos < n && matches!(c[pos], 'h' | 'l' | 'L') {
            pos += 1;
        }
        if pos >= n {
            return err(out, lit, "incomplete format".into());
        }
        let conv = c[pos];
        pos += 1;
        if !lit.is_empty() {
            out.push(PctPiece::Literal(std::mem::take(&mut lit)));
        }
        out.push(PctPiece::Conv {
            key,
            flags,
            width,
            precision,
            conv,
        });
        if !"sracdiuoxXeEfFgG".contains(conv) {
            let shown = Some(conv)
                .filter(|x| ('\x1f'..='~').contains(x))
                .unwrap_or('?');
            let msg = format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                shown,
                conv as u32,
                pos - 1
            );
            return (out, Some(msg));
        }
    }
    if !lit.is_empty() {
        out.push(PctPiece::Literal(lit));
    }
    (out, None)
}

#[cfg(test)]
mod tests {
    //! Expected values come from python3 3.11.7. Records are separated by
    //! '⁞', fields by '¦'; '∅' is None, lists are "len:" + items joined by
    //! '‖', "E:msg" is an Err.
    use super::*;

    fn records(data: &str) -> impl Iterator<Item = Vec<&str>> {
        data.split('⁞').map(|r| r.split('¦').collect())
    }
    fn opt(x: &str) -> Option<&str> {
        (x != "∅").then_some(x)
    }
    fn int(x: &str) -> Option<i64> {
        opt(x).map(|v| v.parse().unwrap())
    }
    fn show<T: std::fmt::Display>(r: Result<T, String>) -> String {
        r.map_or_else(|e| format!("E:{e}"), |v| v.to_string())
    }
    fn list(r: Result<Vec<String>, String>) -> String {
        show(r.map(|v| format!("{}:{}", v.len(), v.join("‖"))))
    }

    const GENERAL: &str = "\
        split¦a,b,,c¦,¦-1¦4:a‖b‖‖c⁞split¦a,b,,c¦,¦1¦2:a‖b,,c⁞split¦¦,¦-1¦1:⁞\
        split¦  a b  ¦∅¦1¦2:a‖b  ⁞split¦  a b ¦∅¦0¦1:a b ⁞split¦¦∅¦-1¦0:⁞\
        split¦a\u{1c}b\u{85}c\u{3000}d\u{200b}e¦∅¦-1¦4:a‖b‖c‖d\u{200b}e⁞\
        split¦abc¦¦-1¦E:empty separator⁞split¦σσΣ¦σ¦2¦3:‖‖Σ⁞rsplit¦a,b,,c¦,¦1¦2:a,b,‖c⁞\
        rsplit¦  a b  ¦∅¦1¦2:  a‖b⁞rsplit¦  a b ¦∅¦0¦1:  a b⁞rsplit¦xaaay¦aa¦-1¦2:xa‖y⁞\
        rsplit¦¦∅¦-1¦0:⁞\
        splitlines¦a\nb\r\nc\rd\u{b}e\u{c}f\u{1c}g\u{1d}h\u{1e}i\u{85}j\u{2028}k\u{2029}l¦0¦12:a‖b‖c‖d‖e‖f‖g‖h‖i‖j‖k‖l⁞\
        splitlines¦a\r\n\nb\n¦1¦3:a\r\n‖\n‖b\n⁞splitlines¦¦1¦0:⁞strip¦  \t xy\u{3000}\u{1c}¦∅¦xy⁞\
        lstrip¦  \t xy\u{3000}\u{1c}¦∅¦xy\u{3000}\u{1c}⁞rstrip¦  \t xy\u{3000}\u{1c}¦∅¦  \t xy⁞\
        strip¦xxhixyx¦xy¦hi⁞lstrip¦xxhixyx¦xy¦hixyx⁞rstrip¦xxhixyx¦xy¦xxhi⁞find¦abcabc¦c¦-2¦∅¦5⁞\
        rfind¦abcabc¦c¦-2¦∅¦5⁞count¦abcabc¦c¦-2¦∅¦1⁞find¦abc¦¦4¦∅¦-1⁞rfind¦abc¦¦4¦∅¦-1⁞\
        count¦abc¦¦4¦∅¦0⁞find¦abc¦¦-10¦2¦0⁞rfind¦abc¦¦-10¦2¦2⁞count¦abc¦¦-10¦2¦3⁞find¦😀a😀b¦b¦1¦∅¦3⁞\
        rfind¦😀a😀b¦b¦1¦∅¦3⁞count¦😀a😀b¦b¦1¦∅¦1⁞count¦aaaa¦aa¦∅¦∅¦2⁞count¦abc¦¦1¦∅¦3⁞\
        startswith¦abc¦¦3¦∅¦1⁞endswith¦abc¦¦3¦∅¦1⁞startswith¦abc¦¦4¦∅¦0⁞endswith¦abc¦¦4¦∅¦0⁞\
        startswith¦ßx¦x¦1¦2¦1⁞endswith¦ßx¦x¦1¦2¦1⁞replace¦¦¦x¦-1¦x⁞replace¦¦¦x¦0¦⁞\
        replace¦ab¦¦-¦-1¦-a-b-⁞replace¦ab¦¦-¦2¦-a-b⁞replace¦héé¦é¦e¦1¦heé⁞center¦ab¦5¦*¦**ab*⁞\
        ljust¦ab¦5¦*¦ab***⁞rjust¦ab¦5¦*¦***ab⁞center¦abc¦6¦é¦éabcéé⁞ljust¦abc¦6¦é¦abcééé⁞\
        rjust¦abc¦6¦é¦éééabc⁞center¦abc¦2¦*¦abc⁞ljust¦abc¦2¦*¦abc⁞rjust¦abc¦2¦*¦abc⁞\
        zfill¦-42¦5¦-0042⁞zfill¦+x¦4¦+00x⁞zfill¦¦3¦000⁞zfill¦é¦2¦0é⁞\
        expandtabs¦a\tbc\td¦8¦a       bc      d⁞expandtabs¦ab\tc\nx\ty¦4¦ab  c\nx   y⁞\
        expandtabs¦a\tb¦0¦ab⁞partition¦a=b=c¦=¦a‖=‖b=c⁞rpartition¦a=b=c¦=¦a=b‖=‖c⁞\
        partition¦abc¦¦E:empty separator⁞rpartition¦abc¦¦E:empty \
        separator⁞removeprefix¦abcab¦ab¦cab⁞\
        removesuffix¦abcab¦ab¦abc";

    #[test]
    fn general() {
        for f in records(GENERAL) {
            let (s, want) = (f[1], *f.last().unwrap());
            let n = |i: usize| f[i].parse::<i64>().unwrap();
            let fill = || f[3].chars().next().unwrap();
            let part = |r: Result<Parts, String>| show(r.map(|(a, b, c)| format!("{a}‖{b}‖{c}")));
            let got = match f[0] {
                "split" => list(split(s, opt(f[2]), n(3))),
                "rsplit" => list(rsplit(s, opt(f[2]), n(3))),
                "splitlines" => list(Ok(splitlines(s, f[2] == "1"))),
                "strip" => strip(s, opt(f[2])).to_string(),
                "lstrip" => lstrip(s, opt(f[2])).to_string(),
                "rstrip" => rstrip(s, opt(f[2])).to_string(),
                "find" => find(&PyStr::new(s), f[2], int(f[3]), int(f[4])).to_string(),
                "rfind" => rfind(&PyStr::new(s), f[2], int(f[3]), int(f[4])).to_string(),
                "count" => count(&PyStr::new(s), f[2], int(f[3]), int(f[4])).to_string(),
                "startswith" => {
                    u8::from(startswith(&PyStr::new(s), f[2], int(f[3]), int(f[4]))).to_string()
                }
                "endswith" => {
                    u8::from(endswith(&PyStr::new(s), f[2], int(f[3]), int(f[4]))).to_string()
                }
                "replace" => replace(s, f[2], f[3], n(4)),
                "center" => center(s, n(2), fill()),
                "ljust" => ljust(s, n(2), fill()),
                "rjust" => rjust(s, n(2), fill()),
                "zfill" => zfill(s, n(2)),
                "expandtabs" => expandtabs(s, n(2)),
                "partition" => part(partition(s, f[2])),
                "rpartition" => part(rpartition(s, f[2])),
                "removeprefix" => removeprefix(s, f[2]),
                "removesuffix" => removesuffix(s, f[2]),
                other => panic!("{other}"),
            };
            assert_eq!(got, want, "{f:?}");
        }
    }

    // s¦capitalize¦title¦swapcase¦casefold¦upper¦lower
    const CASEMAP: &str = "\
        hello wORLD¦Hello world¦Hello World¦HELLO World¦hello world¦HELLO WORLD¦hello world⁞\
        ßa ǆ ǉ¦Ssa ǆ ǉ¦Ssa ǅ ǈ¦SSA Ǆ Ǉ¦ssa ǆ ǉ¦SSA Ǆ Ǉ¦ßa ǆ ǉ⁞\
        ﬁne ﬂow¦Fine ﬂow¦Fine Flow¦FINE FLOW¦fine flow¦FINE FLOW¦ﬁne ﬂow⁞\
        ᾳ ΣΑΣ ΟΔΟΣ.¦ᾼ σας οδος.¦ᾼ Σας Οδος.¦ΑΙ σας οδος.¦αι σασ οδοσ.¦ΑΙ ΣΑΣ ΟΔΟΣ.¦ᾳ σας οδος.⁞\
        they're bill's¦They're bill's¦They'Re Bill'S¦THEY'RE BILL'S¦they're bill's¦THEY'RE \
        BILL'S¦they're bill's⁞\
        ა ŉ İi ı¦ა ŉ i̇i ı¦ა ʼN İi I¦Ა ʼN i̇I I¦ა ʼn i̇i ı¦Ა ʼN İI I¦ა ŉ i̇i ı⁞\
        ꭰ Ꭰ ẞ¦Ꭰ ꭰ ß¦Ꭰ Ꭰ ẞ¦Ꭰ ꭰ ß¦Ꭰ Ꭰ ss¦Ꭰ Ꭰ ẞ¦ꭰ ꭰ ß⁞\
        1a 2B_c¦1a 2b_c¦1A 2B_C¦1A 2b_C¦1a 2b_c¦1A 2B_C¦1a 2b_c⁞Σ¦Σ¦Σ¦σ¦σ¦Σ¦σ⁞\
        aΣb aΣ' a\u{301}Σ¦Aσb aς' a\u{301}ς¦Aσb Aς' A\u{301}Σ¦AσB Aς' A\u{301}ς¦aσb aσ' \
        a\u{301}σ¦AΣB AΣ' A\u{301}Σ¦aσb aς' a\u{301}ς⁞\
        x\u{345} ΑΣ\u{301} Σ1¦X\u{345} ας\u{301} σ1¦X\u{345} Ας\u{301} Σ1¦XΙ ας\u{301} σ1¦xι \
        ασ\u{301} σ1¦XΙ ΑΣ\u{301} Σ1¦x\u{345} ας\u{301} σ1";

    // s¦isdigit isdecimal isnumeric isalpha isalnum isspace islower isupper
    //   istitle isidentifier isprintable isascii
    const PREDS: &str = "\
        ¦000000000011⁞123¦111010000011⁞²³¦101010000010⁞½Ⅷ¦001010011010⁞٣٤¦111010000010⁞\
        一二¦001110000110⁞abc¦000110100111⁞abC¦000110000111⁞Ab Cd¦000000001011⁞ǅa¦000110001110⁞\
        Ab cD¦000000000011⁞a1¦000010100111⁞ \t\u{1c}¦000001000001⁞_x1¦000000100111⁞1x¦000010100011⁞\
        é\u{301}¦000000100110⁞a b¦000000100011⁞\u{7f}¦000000000001⁞\u{ad}¦000000000000⁞\
        ß¦000110100110⁞ʕ¦000110100110⁞Ⅷ¦001010011110⁞ABC1¦000010010111⁞x·¦000000100110⁞\
        Ⅰx¦000010001110⁞\u{301}a¦000000100010";

    #[test]
    fn case_mapping_and_predicates() {
        for f in records(CASEMAP) {
            let s = f[0];
            let got = [
                capitalize(s),
                title(s),
                swapcase(s),
                casefold(s),
                upper(s),
                lower(s),
            ];
            assert_eq!(got, f[1..], "{s:?}");
        }
        let preds = [
            isdigit,
            isdecimal,
            isnumeric,
            isalpha,
            isalnum,
            isspace,
            islower,
            isupper,
            istitle,
            isidentifier,
            isprintable,
            isascii,
        ];
        for f in records(PREDS) {
            let got: String = preds
                .iter()
                .map(|p| if p(f[0]) { '1' } else { '0' })
                .collect();
            assert_eq!(got, f[1], "{:?}", f[0]);
        }
    }

    const REPRS: &str = "\
        ¦''⁞a'b¦\"a'b\"⁞a\"b¦'a\"b'⁞a'\"b¦'a\\'\"b'⁞\
        \\\n\t\r\u{0}\u{1f}\u{7f}¦'\\\\\\n\\t\\r\\x00\\x1f\\x7f'⁞\
        \u{80}\u{9f}\u{a0}\u{ad}é¦'\\x80\\x9f\\xa0\\xadé'⁞\
        \u{378}\u{200b}\u{2028}\u{e000}é中😀¦'\\u0378\\u200b\\u2028\\ue000é中😀'⁞\
        \u{e0001}\u{10ffff}¦'\\U000e0001\\U0010ffff'⁞\u{feff}\u{3000} ¦'\\ufeff\\u3000 '";
    const BREPRS: &str = "\
        ¦b''⁞612762¦b\"a'b\"⁞612262¦b'a\"b'⁞61272262¦b'a\\'\"b'⁞\
        5c0a090d001f7f80ff20616263¦b'\\\\\\n\\t\\r\\x00\\x1f\\x7f\\x80\\xff abc'";

    #[test]
    fn reprs() {
        for f in records(REPRS) {
            assert_eq!(repr(f[0]), f[1]);
        }
        for f in records(BREPRS) {
            let b: Vec<u8> = (0..f[0].len() / 2)
                .map(|i| u8::from_str_radix(&f[0][2 * i..2 * i + 2], 16).unwrap())
                .collect();
            assert_eq!(bytes_repr(&b), f[1]);
        }
    }

    // template¦Debug of the parse result
    const FMT: &str = "\
        a{{b}}c¦Ok([Literal(\"a{b}c\")])⁞\
        x{0}y{name!r}z{a.b[c]:>{w}.{p}}¦Ok([Literal(\"x\"), Field { name: \"0\", conversion: None, \
        spec: \"\" }, Literal(\"y\"), Field { name: \"name\", conversion: Some('r'), spec: \"\" }, \
        Literal(\"z\"), Field { name: \"a.b[c]\", conversion: None, spec: \">{w}.{p}\" }])⁞\
        {!s:}¦Ok([Field { name: \"\", conversion: Some('s'), spec: \"\" }])⁞\
        {[}]:{{}}}¦Ok([Field { name: \"[}]\", conversion: None, spec: \"{{}}\" }])⁞\
        {a[:!]}¦Ok([Field { name: \"a[:!]\", conversion: None, spec: \"\" }])⁞\
        a}b¦Err(\"Single '}' encountered in format string\")⁞\
        ab{¦Err(\"Single '{' encountered in format string\")⁞\
        {0¦Err(\"expected '}' before end of string\")⁞{0:¦Err(\"unmatched '{' in format spec\")⁞\
        {0{¦Err(\"unexpected '{' in field name\")⁞\
        {!¦Err(\"end of string while looking for conversion specifier\")⁞\
        {!}¦Err(\"unmatched '{' in format spec\")⁞\
        {0!rx}¦Err(\"expected ':' after conversion specifier\")⁞\
        {a[}¦Err(\"expected '}' before end of string\")⁞\
        {:}}¦Err(\"Single '}' encountered in format string\")⁞\
        é{ü!a:ß}¦Ok([Literal(\"é\"), Field { name: \"ü\", conversion: Some('a'), spec: \"ß\" }])";
    const PCT: &str = "\
        a%(x)sb 100%%¦Ok([Literal(\"a\"), Conv { key: Some(\"x\"), flags: \"\", width: None, \
        precision: None, conv: 's' }, Literal(\"b 100%\")])⁞\
        %(a(b))-+ #05.3ld¦Ok([Conv { key: Some(\"a(b)\"), flags: \"-+ #0\", width: Some(N(5)), \
        precision: Some(N(3)), conv: 'd' }])⁞\
        %*.*f %.f %hd¦Ok([Conv { key: None, flags: \"\", width: Some(Star), precision: Some(Star), \
        conv: 'f' }, Literal(\" \"), Conv { key: None, flags: \"\", width: None, precision: \
        Some(N(0)), conv: 'f' }, Literal(\" \"), Conv { key: None, flags: \"\", width: None, \
        precision: None, conv: 'd' }])⁞\
        %(a)%¦Err(\"unsupported format character '%' (0x25) at index 4\")⁞\
        %¦Err(\"incomplete format\")⁞%(a¦Err(\"incomplete format key\")⁞\
        %5¦Err(\"incomplete format\")⁞\
        ab %z¦Err(\"unsupported format character 'z' (0x7a) at index 4\")⁞\
        %é¦Err(\"unsupported format character '?' (0xe9) at index 1\")⁞\
        %99999999999999999999d¦Err(\"width too big\")⁞%.99999999999d¦Err(\"precision too big\")";

    #[test]
    fn templates() {
        for f in records(FMT) {
            assert_eq!(format!("{:?}", parse_format_template(f[0])), f[1]);
        }
        for f in records(PCT) {
            assert_eq!(format!("{:?}", parse_percent_template(f[0])), f[1]);
        }
        // the partial parsers keep what precedes an error
        let (p, e) = parse_percent_template_partial("%s-%(k)5y");
        let want = "Some(\"unsupported format character 'y' (0x79) at index 8\")";
        assert_eq!((p.len(), format!("{e:?}")), (3, want.to_string()));
        let want =
            "Conv { key: Some(\"k\"), flags: \"\", width: Some(N(5)), precision: None, conv: 'y' }";
        assert_eq!(format!("{:?}", p[2]), want);
        let (p, e) = parse_format_template_partial("{a}b}");
        let want = "Some(\"Single '}' encountered in format string\")";
        assert_eq!((p.len(), format!("{e:?}")), (1, want.to_string()));
    }
}
