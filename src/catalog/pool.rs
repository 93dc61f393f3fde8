//! Pointer-free references into the catalog's static data.
//!
//! The catalog is thousands of strings and slices. Stored as `&'static str` and `&'static [T]`,
//! every one of them is a pointer the dynamic loader must relocate at every start (a position-
//! independent executable cannot have absolute addresses in its data), and that relocation cost
//! more than the whole lookup. Instead the build script lays all strings end to end in one pool
//! and all records of a kind in one array, and the catalog holds `(start, len)` pairs into them.
//! [`Str`] and [`List`] dereference to `&'static str` and `&'static [T]`, so using them reads like
//! using the plain references.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::ops::Deref;

use serde::{Serialize, Serializer};

/// A string in the catalog's string pool; dereferences to `&'static str`.
#[derive(Clone, Copy)]
pub struct Str {
    start: u32,
    len: u32,
}

impl Str {
    /// Made by the generated catalog only.
    pub(super) const fn new(start: u32, len: u32) -> Self {
        Str { start, len }
    }

    /// The string.
    pub fn as_str(self) -> &'static str {
        let start = self.start as usize;
        &super::model::STRINGS[start..start + self.len as usize]
    }
}

impl Deref for Str {
    type Target = str;
    fn deref(&self) -> &'static str {
        self.as_str()
    }
}

impl AsRef<str> for Str {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Str {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for Str {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Str {}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Hash for Str {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl Serialize for Str {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A kind of record kept in one static array.
pub trait Pooled: Sized + 'static {
    /// The array.
    fn pool() -> &'static [Self];
}

/// A run of records in their pool; dereferences to `&'static [T]`.
pub struct List<T> {
    start: u32,
    len: u32,
    kind: PhantomData<fn() -> T>,
}

impl<T> List<T> {
    /// Made by the generated catalog only.
    pub(super) const fn new(start: u32, len: u32) -> Self {
        List {
            start,
            len,
            kind: PhantomData,
        }
    }
}

impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for List<T> {}

impl<T: Pooled> List<T> {
    /// The records.
    pub fn as_slice(self) -> &'static [T] {
        let start = self.start as usize;
        &T::pool()[start..start + self.len as usize]
    }
}

impl<T: Pooled> Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &'static [T] {
        self.as_slice()
    }
}

impl<T: Pooled> IntoIterator for List<T> {
    type Item = &'static T;
    type IntoIter = std::slice::Iter<'static, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl<T: Pooled + fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

impl<T: Pooled + Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.as_slice())
    }
}

impl<const N: usize> PartialEq<[&str; N]> for List<Str> {
    fn eq(&self, other: &[&str; N]) -> bool {
        self.as_slice()
            .iter()
            .map(|s| s.as_str())
            .eq(other.iter().copied())
    }
}
