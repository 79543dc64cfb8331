//! `str` objects: UTF-8 text plus its length in code points and a cached hash.
//!
//! Python indexes strings by code point. `char_len == s.len()` means the text is ASCII, and then
//! indexing and slicing are byte operations. Otherwise a lazily built index of the byte offset of
//! every `STRIDE`-th code point makes them O(STRIDE) instead of O(n) (CPython's fixed-width
//! storage makes them O(1)), so scanning a non-ASCII string by index stays linear.

use super::HashCache;
use std::cell::Cell;

thread_local! {
    static INTERNED: std::cell::RefCell<hashbrown::HashMap<Box<str>, super::ObjRef>> =
        std::cell::RefCell::new(hashbrown::HashMap::new());
}

/// The hash of a str (over its UTF-8 bytes) and of bytes: FNV-1a, never -1, and 0 for the empty
/// string as in CPython. CPython randomises str/bytes hashes per process, so no program can depend
/// on the values; ASCII `str` and `bytes` with the same content hash alike, as in CPython.
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut x: u64 = 0xcbf29ce484222325;
    for &c in b {
        x ^= c as u64;
        x = x.wrapping_mul(0x100000001b3);
    }
    let h = (x >> 1) as i64;
    if h == -1 { -2 } else { h }
}

/// The interned `str` object for `s` (identifiers: names in code objects, attribute and keyword
/// names), so dict lookups of names usually succeed on the identity check.
pub fn intern(s: &str) -> super::ObjRef {
    INTERNED.with(|m| {
        if let Some(o) = m.borrow().get(s) {
            return o.clone();
        }
        let o = std::rc::Rc::new(super::PyObject::Str(PyStr::new(s)));
        m.borrow_mut().insert(s.into(), o.clone());
        o
    })
}

pub struct PyStr {
    // `String`, not `Box<str>`: converting a freshly built `String` into a box reallocates.
    s: String,
    char_len: usize,
    hash: HashCache,
}

thread_local! {
    /// The offset indexes of long non-ASCII strings, by the address of their text: `[k]` is the
    /// byte offset of code point `k * STRIDE`. Kept beside the strings, not in them, so every
    /// `str` object stays 48 bytes; a string removes its entry when dropped.
    static OFFSETS: std::cell::RefCell<super::fxhash::FxHashMap<usize, Box<[usize]>>> =
        Default::default();
}

impl Drop for PyStr {
    fn drop(&mut self) {
        if self.char_len > STRIDE && !self.is_ascii() {
            let key = self.s.as_ptr() as usize;
            let _ = OFFSETS.try_with(|m| m.borrow_mut().remove(&key));
        }
    }
}

/// Code points between two entries of a non-ASCII string's offset index.
const STRIDE: usize = 32;

impl PyStr {
    pub fn new(s: impl Into<String>) -> PyStr {
        let s = s.into();
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            char_len,
            hash: Cell::new(-1),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
    /// The code point at index `i` (`0 <= i < char_len`).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s[self.byte_offset(i)..].chars().next().unwrap()
        }
    }
    /// Byte offset of code point index `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        if i >= self.char_len {
            return self.s.len();
        }
        let (from, skip) = if self.char_len <= STRIDE {
            (0, i)
        } else {
            let key = self.s.as_ptr() as usize;
            let from = OFFSETS.with(|m| {
                let mut m = m.borrow_mut();
                let offsets = m.entry(key).or_insert_with(|| {
                    self.s
                        .char_indices()
                        .step_by(STRIDE)
                        .map(|(b, _)| b)
                        .collect()
                });
                offsets[i / STRIDE]
            });
            (from, i % STRIDE)
        };
        from + self.s[from..]
            .char_indices()
            .nth(skip)
            .map_or(self.s.len() - from, |(b, _)| b)
    }
    /// The string's hash (FNV-1a over the UTF-8 bytes, never -1). CPython randomises str hashes per
    /// process, so no program can depend on their values.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(self.s.as_bytes());
        self.hash.set(h);
        h
    }
}
