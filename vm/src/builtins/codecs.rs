//! Text codecs behind `str.encode`, `bytes.decode`, `str(b, encoding)` and `bytes(s, encoding)`:
//! UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 (with CPython's aliases), CPython's error handlers
//! (`strict`, `ignore`, `replace`, `backslashreplace`, `xmlcharrefreplace`, ...) and the exact
//! messages of `UnicodeEncodeError` / `UnicodeDecodeError` / `LookupError`.
//!
//! Limit (pyjit strings are UTF-8 and cannot hold lone surrogates): decoding with
//! `surrogateescape`/`surrogatepass` that would produce a surrogate raises NotImplementedError;
//! every other case behaves as CPython.

use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::PyObject;
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Order {
    /// Read (decode) or write (encode) a byte order mark; without one, little endian.
    Bom,
    Le,
    Be,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Order),
    Utf32(Order),
}

/// `encodings.normalize_encoding` after the C-level lowering: runs of characters other than
/// alphanumerics and '.' become one '_', leading and trailing ones are dropped.
fn normalize(name: &str) -> String {
    let mut out = String::new();
    let mut punct = false;
    for c in name.chars().flat_map(|c| c.to_lowercase()) {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c);
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

fn alias(n: &str) -> Option<Codec> {
    use Codec::*;
    Some(match n {
        "utf_8" | "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Utf8,
        "ascii" | "646" | "ansi_x3_4_1968" | "ansi_x3_4_1986" | "cp367" | "csascii" | "ibm367"
        | "iso646_us" | "iso_646_irv_1991" | "iso_ir_6" | "us" | "us_ascii" => Ascii,
        "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
        | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => Latin1,
        "utf_16" | "u16" | "utf16" => Utf16(Order::Bom),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Utf16(Order::Le),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Utf16(Order::Be),
        "utf_32" | "u32" | "utf32" => Utf32(Order::Bom),
        "utf_32_le" | "utf_32le" => Utf32(Order::Le),
        "utf_32_be" | "utf_32be" => Utf32(Order::Be),
        _ => return None,
    })
}

/// Codecs CPython has that are bytes-to-bytes or str-to-str (not usable by `str.encode`).
fn is_non_text(n: &str) -> bool {
    matches!(
        n,
        "base64"
            | "base_64"
            | "base64_codec"
            | "bz2"
            | "bz2_codec"
            | "hex"
            | "hex_codec"
            | "quopri"
            | "quotedprintable"
            | "quoted_printable"
            | "quopri_codec"
            | "uu"
            | "uu_codec"
            | "zip"
            | "zlib"
            | "zlib_codec"
            | "rot13"
            | "rot_13"
    )
}

fn lookup(vm: &Vm, name: &str, encoding: bool) -> PyResult<Codec> {
    let n = normalize(name);
    if let Some(c) = alias(&n).or_else(|| alias(&n.replace('.', "_"))) {
        return Ok(c);
    }
    let lookup_error = vm.types.exc.lookup_error.clone();
    if is_non_text(&n) {
        let f = if encoding {
            "codecs.encode()"
        } else {
            "codecs.decode()"
        };
        return Err(vm.new_exc_msg(
            &lookup_error,
            format!("'{name}' is not a text encoding; use {f} to handle arbitrary codecs"),
        ));
    }
    Err(vm.new_exc_msg(&lookup_error, format!("unknown encoding: {name}")))
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    let t = vm.types.exc.lookup_error.clone();
    vm.new_exc_msg(&t, format!("unknown error handler name '{errors}'"))
}

fn unrepresentable(vm: &Vm, errors: &str) -> PyErr {
    vm.not_implemented(format!(
        "error handler '{errors}' would produce a lone surrogate, which pyjit strings cannot hold"
    ))
}

// ------------------------------------------------------------------ decoding

/// A `UnicodeDecodeError` with CPython's message and its `encoding`/`object`/`start`/`end`/`reason`.
pub fn decode_error(
    vm: &Vm,
    enc: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let msg = if end == start + 1 {
        format!(
            "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            data[start]
        )
    } else {
        format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    let t = vm.types.exc.unicode_decode_error.clone();
    let e = vm.new_exc_msg(&t, msg);
    vm.set_exc_attr(&e, "encoding", vm.new_str(enc));
    vm.set_exc_attr(
        &e,
        "object",
        Value::obj(PyObject::Bytes(data.to_vec().into_boxed_slice())),
    );
    vm.set_exc_attr(&e, "start", Value::Int(start as i64));
    vm.set_exc_attr(&e, "end", Value::Int(end as i64));
    vm.set_exc_attr(&e, "reason", vm.new_str(reason));
    e
}

struct Decoder<'a> {
    enc: &'static str,
    data: &'a [u8],
    errors: &'a str,
    out: String,
}

impl Decoder<'_> {
    /// Apply the error handler to the undecodable bytes `data[start..end]`; decoding resumes at `end`.
    /// `surrogate` says whether the bytes encode a surrogate code point (for `surrogatepass`).
    fn error(
        &mut self,
        vm: &Vm,
        start: usize,
        end: usize,
        reason: &str,
        surrogate: bool,
    ) -> PyResult<()> {
        match self.errors {
            "strict" => Err(decode_error(vm, self.enc, self.data, start, end, reason)),
            "ignore" => Ok(()),
            "replace" => {
                self.out.push('\u{fffd}');
                Ok(())
            }
            "backslashreplace" => {
                for b in &self.data[start..end] {
                    self.out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(())
            }
            "surrogateescape" => {
                // CPython escapes the leading bytes >= 128 (as lone surrogates); it fails only
                // when the first undecodable byte is ASCII
                if self.data[start] < 128 {
                    Err(decode_error(vm, self.enc, self.data, start, end, reason))
                } else {
                    Err(unrepresentable(vm, self.errors))
                }
            }
            "surrogatepass" => {
                if surrogate {
                    Err(unrepresentable(vm, self.errors))
                } else {
                    Err(decode_error(vm, self.enc, self.data, start, end, reason))
                }
            }
            "xmlcharrefreplace" | "namereplace" => {
                Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
            }
            other => Err(unknown_handler(vm, other)),
        }
    }
}

fn decode_utf8(vm: &Vm, d: &mut Decoder) -> PyResult<()> {
    let data = d.data;
    let mut pos = 0;
    while pos < data.len() {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                d.out.push_str(s);
                return Ok(());
            }
            Err(e) => {
                let good = e.valid_up_to();
                d.out
                    .push_str(std::str::from_utf8(&data[pos..pos + good]).unwrap());
                let start = pos + good;
                // Rust reports the maximal invalid subpart, as CPython does; only the reason differs.
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) => {
                        let lead = data[start];
                        let reason = if (0xc2..=0xf4).contains(&lead) {
                            "invalid continuation byte"
                        } else {
                            "invalid start byte"
                        };
                        (start + n, reason)
                    }
                };
                let surrogate = data[start] == 0xed
                    && data
                        .get(start + 1)
                        .is_some_and(|b| (0xa0..=0xbf).contains(b));
                d.error(vm, start, end, reason, surrogate)?;
                pos = end;
            }
        }
    }
    Ok(())
}

fn decode_single_byte(vm: &Vm, d: &mut Decoder, limit: u32) -> PyResult<()> {
    let data = d.data;
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if (b as u32) < limit {
            d.out.push(b as char);
        } else {
            d.error(vm, i, i + 1, "ordinal not in range(128)", false)?;
        }
        i += 1;
    }
    Ok(())
}

/// The byte order of a UTF-16/32 input, skipping a BOM when the codec reads one.
fn detect_order(d: &mut Decoder, order: Order, unit: usize) -> (bool, usize) {
    let data = d.data;
    if order != Order::Bom {
        return (order == Order::Le, 0);
    }
    let (le_bom, be_bom): (&[u8], &[u8]) = if unit == 2 {
        (b"\xff\xfe", b"\xfe\xff")
    } else {
        (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
    };
    if data.starts_with(le_bom) {
        (true, unit)
    } else if data.starts_with(be_bom) {
        (false, unit)
    } else {
        (true, 0)
    }
}

fn decode_utf16(vm: &Vm, d: &mut Decoder, order: Order) -> PyResult<()> {
    let (le, mut pos) = detect_order(d, order, 2);
    d.enc = if le { "utf-16-le" } else { "utf-16-be" };
    let data = d.data;
    let unit = |i: usize| -> u32 {
        if le {
            u16::from_le_bytes([data[i], data[i + 1]]) as u32
        } else {
            u16::from_be_bytes([data[i], data[i + 1]]) as u32
        }
    };
    while pos < data.len() {
        if data.len() - pos < 2 {
            d.error(vm, pos, data.len(), "truncated data", false)?;
            break;
        }
        let u = unit(pos);
        if !(0xd800..0xe000).contains(&u) {
            d.out.push(char::from_u32(u).unwrap());
            pos += 2;
        } else if u >= 0xdc00 {
            d.error(vm, pos, pos + 2, "illegal encoding", true)?;
            pos += 2;
        } else if data.len() - pos < 4 {
            d.error(vm, pos, data.len(), "unexpected end of data", true)?;
            break;
        } else {
            let lo = unit(pos + 2);
            if (0xdc00..0xe000).contains(&lo) {
                d.out
                    .push(char::from_u32(0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00)).unwrap());
                pos += 4;
            } else {
                d.error(vm, pos, pos + 2, "illegal UTF-16 surrogate", true)?;
                pos += 2;
            }
        }
    }
    Ok(())
}

fn decode_utf32(vm: &Vm, d: &mut Decoder, order: Order) -> PyResult<()> {
    let (le, mut pos) = detect_order(d, order, 4);
    d.enc = if le { "utf-32-le" } else { "utf-32-be" };
    let data = d.data;
    while pos < data.len() {
        if data.len() - pos < 4 {
            d.error(vm, pos, data.len(), "truncated data", false)?;
            break;
        }
        let w = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
        let c = if le {
            u32::from_le_bytes(w)
        } else {
            u32::from_be_bytes(w)
        };
        if c > 0x10ffff {
            d.error(vm, pos, pos + 4, "code point not in range(0x110000)", false)?;
        } else if (0xd800..0xe000).contains(&c) {
            d.error(
                vm,
                pos,
                pos + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
                true,
            )?;
        } else {
            d.out.push(char::from_u32(c).unwrap());
        }
        pos += 4;
    }
    Ok(())
}

/// Names CPython decodes and encodes without going through the codec registry
/// (`PyUnicode_Decode`'s fast paths); other names go through the registry, which wraps TypeError
/// and LookupError raised by error handlers (`_PyErr_TrySetFromCause`).
fn is_fast_path(name: &str) -> bool {
    let mut n = String::new();
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !n.is_empty() {
                n.push('_');
            }
            punct = false;
            n.push(c.to_ascii_lowercase());
        } else {
            punct = true;
        }
    }
    matches!(
        n.as_str(),
        "utf8"
            | "utf_8"
            | "utf16"
            | "utf_16"
            | "utf32"
            | "utf_32"
            | "ascii"
            | "us_ascii"
            | "latin1"
            | "latin_1"
            | "iso_8859_1"
            | "iso8859_1"
    )
}

/// `_PyErr_TrySetFromCause`: "decoding with 'X' codec failed (TypeError: ...)", same type, with
/// the original exception as `__cause__`.
fn wrap_codec_error(
    vm: &mut Vm,
    e: crate::interp::PyErr,
    what: &str,
    encoding: Option<&str>,
) -> crate::interp::PyErr {
    let Some(enc) = encoding.filter(|n| !is_fast_path(n)) else {
        return e;
    };
    let t = vm.exc_type_of(&e);
    let wrappable = [
        vm.types.exc.type_error.clone(),
        vm.types.exc.lookup_error.clone(),
    ]
    .iter()
    .any(|w| std::rc::Rc::ptr_eq(w, &t));
    if !wrappable {
        return e;
    }
    let orig = Value::Obj(e.0.clone());
    let msg = match vm.to_str(&orig) {
        Ok(m) => m,
        Err(_) => return e,
    };
    let tname = crate::objects::types::as_type(&t).name.clone();
    let w = vm.new_exc_msg(
        &t,
        format!("{what} with '{enc}' codec failed ({tname}: {msg})"),
    );
    if let PyObject::Exception(x) = &*w.0 {
        *x.cause.borrow_mut() = orig;
        x.suppress_context.set(true);
    }
    w
}

/// `data.decode(encoding, errors)`; `None` means the defaults `utf-8` / `strict`.
pub fn decode(
    vm: &mut Vm,
    data: &[u8],
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<String> {
    let codec = match encoding {
        None => Codec::Utf8,
        Some(e) => lookup(vm, e, false)?,
    };
    decode_inner(vm, data, codec, errors).map_err(|e| wrap_codec_error(vm, e, "decoding", encoding))
}

fn decode_inner(vm: &Vm, data: &[u8], codec: Codec, errors: Option<&str>) -> PyResult<String> {
    let errors = errors.unwrap_or("strict");
    let enc = match codec {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
        Codec::Utf16(_) => "utf-16",
        Codec::Utf32(_) => "utf-32",
    };
    let mut d = Decoder {
        enc,
        data,
        errors,
        out: String::with_capacity(data.len()),
    };
    match codec {
        Codec::Utf8 => decode_utf8(vm, &mut d)?,
        Codec::Ascii => decode_single_byte(vm, &mut d, 128)?,
        Codec::Latin1 => decode_single_byte(vm, &mut d, 256)?,
        Codec::Utf16(o) => decode_utf16(vm, &mut d, o)?,
        Codec::Utf32(o) => decode_utf32(vm, &mut d, o)?,
    }
    Ok(d.out)
}

// ------------------------------------------------------------------ encoding

/// A `UnicodeEncodeError` for the code points `start..end` of `s`.
pub fn encode_error(
    vm: &Vm,
    enc: &str,
    s: &str,
    chars: &[char],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let msg = if end == start + 1 {
        let c = chars[start] as u32;
        let esc = if c <= 0xff {
            format!("\\x{c:02x}")
        } else if c <= 0xffff {
            format!("\\u{c:04x}")
        } else {
            format!("\\U{c:08x}")
        };
        format!("'{enc}' codec can't encode character '{esc}' in position {start}: {reason}")
    } else {
        format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        )
    };
    let t = vm.types.exc.unicode_encode_error.clone();
    let e = vm.new_exc_msg(&t, msg);
    vm.set_exc_attr(&e, "encoding", vm.new_str(enc));
    vm.set_exc_attr(&e, "object", vm.new_str(s));
    vm.set_exc_attr(&e, "start", Value::Int(start as i64));
    vm.set_exc_attr(&e, "end", Value::Int(end as i64));
    vm.set_exc_attr(&e, "reason", vm.new_str(reason));
    e
}

/// Encode with a single-byte codec accepting code points below `limit` (ASCII, Latin-1).
fn encode_single_byte(vm: &Vm, s: &str, errors: &str, enc: &str, limit: u32) -> PyResult<Vec<u8>> {
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let reason = if limit == 128 {
        "ordinal not in range(128)"
    } else {
        "ordinal not in range(256)"
    };
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if (chars[i] as u32) < limit {
            out.push(chars[i] as u32 as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        for &c in &chars[i..end] {
            let c = c as u32;
            match errors {
                "strict" | "surrogateescape" | "surrogatepass" => {
                    return Err(encode_error(vm, enc, s, &chars, i, end, reason));
                }
                "ignore" => {}
                "replace" => out.push(b'?'),
                "backslashreplace" => {
                    let esc = if c <= 0xff {
                        format!("\\x{c:02x}")
                    } else if c <= 0xffff {
                        format!("\\u{c:04x}")
                    } else {
                        format!("\\U{c:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
                "xmlcharrefreplace" => out.extend_from_slice(format!("&#{c};").as_bytes()),
                "namereplace" => {
                    let ch = char::from_u32(c).unwrap();
                    let esc = match unicode_names2::name(ch) {
                        Some(n) => format!("\\N{{{n}}}"),
                        None if c <= 0xff => format!("\\x{c:02x}"),
                        None if c <= 0xffff => format!("\\u{c:04x}"),
                        None => format!("\\U{c:08x}"),
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
                other => return Err(unknown_handler(vm, other)),
            }
        }
        i = end;
    }
    Ok(out)
}

/// `s.encode(encoding, errors)`; `None` means the defaults `utf-8` / `strict`. UTF-8, UTF-16 and
/// UTF-32 never fail on pyjit strings (they hold no lone surrogates).
pub fn encode(
    vm: &mut Vm,
    s: &str,
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Vec<u8>> {
    let codec = match encoding {
        None => Codec::Utf8,
        Some(e) => lookup(vm, e, true)?,
    };
    encode_inner(vm, s, codec, errors).map_err(|e| wrap_codec_error(vm, e, "encoding", encoding))
}

fn encode_inner(vm: &Vm, s: &str, codec: Codec, errors: Option<&str>) -> PyResult<Vec<u8>> {
    let errors = errors.unwrap_or("strict");
    Ok(match codec {
        Codec::Utf8 => s.as_bytes().to_vec(),
        Codec::Ascii => encode_single_byte(vm, s, errors, "ascii", 128)?,
        Codec::Latin1 => encode_single_byte(vm, s, errors, "latin-1", 256)?,
        Codec::Utf16(o) => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if o == Order::Bom {
                out.extend_from_slice(b"\xff\xfe");
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if o == Order::Be {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            out
        }
        Codec::Utf32(o) => {
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if o == Order::Bom {
                out.extend_from_slice(b"\xff\xfe\x00\x00");
            }
            for c in s.chars() {
                let c = c as u32;
                out.extend_from_slice(&if o == Order::Be {
                    c.to_be_bytes()
                } else {
                    c.to_le_bytes()
                });
            }
            out
        }
    })
}
