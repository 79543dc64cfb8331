//! `dict`: a compact, insertion-ordered hash map (the layout CPython uses since 3.6).
//!
//! `entries` holds `(hash, key, value)` in insertion order, with `None` holes left by deletions;
//! `index` is a `hashbrown::HashTable` of positions into `entries`. Holes are compacted away when they
//! outnumber live entries. Key equality is supplied by the caller, may call Python `__eq__`, and may
//! fail: every lookup takes `eq: FnMut(&Value, &Value) -> Result<bool, E>` and stops at the first error.
//!
//! Invariants: `index` contains exactly the positions of the `Some` entries; `len` counts them;
//! `version` changes on every mutation; `keys_version` changes whenever the set of keys or their
//! positions change (new key, removal, clear, compaction) and is unique across all dicts, so an
//! inline cache holding (keys_version, position) can read the value at that position directly.

use crate::value::Value;
use hashbrown::HashTable;
use std::sync::atomic::{AtomicU64, Ordering};

static KEYS_VERSION: AtomicU64 = AtomicU64::new(1);

fn next_keys_version() -> u64 {
    KEYS_VERSION.fetch_add(1, Ordering::Relaxed)
}

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    index: HashTable<usize>,
    len: usize,
    version: u64,
    keys_version: std::cell::Cell<u64>,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }
    /// See the module invariants; 0 is never a valid keys version.
    #[inline]
    pub fn keys_version(&self) -> u64 {
        if self.keys_version.get() == 0 {
            self.keys_version.set(next_keys_version());
        }
        self.keys_version.get()
    }
    /// The address of the keys-version word, for JIT guards that compare it with a version they
    /// recorded (0 there means "changed, not renumbered yet", which no recorded version equals).
    /// Stable while the dict is alive and not moved (dicts live boxed inside their objects).
    pub fn keys_version_addr(&self) -> *const u64 {
        self.keys_version.as_ptr()
    }
    /// The address of the value at entry position `pos`, valid until the keys version changes
    /// (only a change of the key set moves or reallocates entries).
    pub fn value_addr(&self, pos: usize) -> Option<*const Value> {
        self.value_at(pos).map(|v| v as *const Value)
    }
    /// The value at entry position `pos` (from `find_index`).
    #[inline]
    pub fn value_at(&self, pos: usize) -> Option<&Value> {
        self.entries
            .get(pos)
            .and_then(|e| e.as_ref())
            .map(|e| &e.value)
    }
    /// Replace the value at entry position `pos` (the key set is unchanged, so `keys_version` is).
    #[inline]
    pub fn set_value_at(&mut self, pos: usize, v: Value) -> Option<Value> {
        let e = self.entries.get_mut(pos)?.as_mut()?;
        self.version = self.version.wrapping_add(1);
        Some(std::mem::replace(&mut e.value, v))
    }

    /// The entry position of `key`, for inline caches.
    pub fn find_index<E>(
        &self,
        hash: i64,
        key: &Value,
        mut eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        self.find_pos(hash, key, &mut eq)
    }

    fn find_pos<E>(
        &self,
        hash: i64,
        key: &Value,
        eq: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        let mut err = None;
        let entries = &self.entries;
        let found = self.index.find(hash as u64, |&pos| {
            if err.is_some() {
                return false;
            }
            let e = entries[pos].as_ref().unwrap();
            if e.hash != hash {
                return false;
            }
            if e.key.is(key) {
                return true;
            }
            match eq(&e.key, key) {
                Ok(b) => b,
                Err(x) => {
                    err = Some(x);
                    false
                }
            }
        });
        match err {
            Some(e) => Err(e),
            None => Ok(found.copied()),
        }
    }

    pub fn get<E>(
        &self,
        hash: i64,
        key: &Value,
        mut eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<Option<&Value>, E> {
        Ok(self
            .find_pos(hash, key, &mut eq)?
            .map(|p| &self.entries[p].as_ref().unwrap().value))
    }

    /// Insert or replace; an existing key keeps its position (and its original key object).
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: Value,
        value: Value,
        mut eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<(), E> {
        self.version = self.version.wrapping_add(1);
        if let Some(p) = self.find_pos(hash, &key, &mut eq)? {
            self.entries[p].as_mut().unwrap().value = value;
            return Ok(());
        }
        let pos = self.entries.len();
        self.keys_version.set(0);
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(hash as u64, pos, |&p| {
            entries[p].as_ref().unwrap().hash as u64
        });
        self.len += 1;
        Ok(())
    }

    pub fn remove<E>(
        &mut self,
        hash: i64,
        key: &Value,
        mut eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<Option<(Value, Value)>, E> {
        let Some(pos) = self.find_pos(hash, key, &mut eq)? else {
            return Ok(None);
        };
        self.version = self.version.wrapping_add(1);
        self.keys_version.set(0);
        if let Ok(slot) = self.index.find_entry(hash as u64, |&p| p == pos) {
            slot.remove();
        }
        let e = self.entries[pos].take().unwrap();
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Ok(Some((e.key, e.value)))
    }

    /// Remove and return the last inserted item (`dict.popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        while let Some(last) = self.entries.pop() {
            if let Some(e) = last {
                let pos = self.entries.len();
                if let Ok(slot) = self.index.find_entry(e.hash as u64, |&p| p == pos) {
                    slot.remove();
                }
                self.len -= 1;
                self.version = self.version.wrapping_add(1);
                self.keys_version.set(0);
                return Some((e.key, e.value));
            }
        }
        None
    }

    fn compact(&mut self) {
        self.keys_version.set(0);
        self.entries.retain(|e| e.is_some());
        self.index.clear();
        for (pos, e) in self.entries.iter().enumerate() {
            let h = e.as_ref().unwrap().hash as u64;
            let entries = &self.entries;
            self.index
                .insert_unique(h, pos, |&p| entries[p].as_ref().unwrap().hash as u64);
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
        self.version = self.version.wrapping_add(1);
        self.keys_version.set(0);
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter_map(|e| e.as_ref())
    }
    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.iter().map(|e| &e.key)
    }
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.iter().map(|e| &e.value)
    }

    /// Iteration by position, for iterators that must survive re-borrowing: the first live entry at
    /// position `>= pos`, with its position.
    pub fn entry_at(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }
}
