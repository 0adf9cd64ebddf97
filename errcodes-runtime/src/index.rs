//! Perfect hash indexes over a catalog's codes and names, built by the macro at expansion time
//! and read here at run time.
//!
//! A key (a code, or the bytes of a name) is hashed to 64 bits with the index's seed. The top
//! bits of the hash choose a *bucket*; the bucket's *displacement*, chosen by the macro so that
//! no two keys of the catalog meet, is mixed into the hash, whose top bits then choose a *slot*.
//! The slot holds the key's position in the catalog's tables, and one comparison with the key
//! stored there tells a listed key from any other. A lookup costs two multiplications, three
//! reads and one comparison, whatever the size of the catalog, with no branch that depends on
//! the key (so no mispredictions on varied input, where a `match` or a binary search has them).
//!
//! For a few hundred names at most, a [`NameSlots`] index has one level: the top bits of the
//! hash are the slot, in a table of many more slots than names. A few codes spread far apart
//! get the same in generated code ([`direct_slot`]).
//!
//! The functions that hash are shared with the macro (`errcodes-codegen`), which must hash
//! exactly as the lookups do.
//!
//! Codes (and a field's named values) that lie close together are not hashed: the macro writes
//! a table over their range, which the offset of a key indexes ([`offset_u32`] and its kind,
//! and [`key_at_u32`], its inverse, to fill the table).

/// The multiplier that spreads a key over the 64 bits (the golden ratio, as in Fibonacci
/// hashing).
const K1: u64 = 0x9E37_79B9_7F4A_7C15;
/// The multiplier that spreads a displaced hash, and the last bytes of a name.
const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
/// The multiplier that spreads the window of a name.
const K4: u64 = 0x27D4_EB2F_1656_67C5;

/// A perfect hash index: where each key of a catalog is, as its position in the tables.
pub struct Index {
    /// Mixed into every hash; the macro tries seeds until the keys' hashes differ.
    pub seed: u64,
    /// `64 - log2(displacements.len())`.
    pub bucket_shift: u32,
    /// `64 - log2(slots.len())`.
    pub slot_shift: u32,
    /// Whether names are hashed on all their bytes, rather than on their [`hashed_parts`]
    /// (needed when two names agree on those wherever the window is).
    pub whole_names: bool,
    /// Where in a name the quick hash reads eight more bytes (moved back to end with the name
    /// when it is shorter), or 0 for none. The macro picks it so that no two names agree on
    /// what is read.
    pub window: u32,
    /// A displacement per bucket.
    pub displacements: &'static [u32],
    /// A position per slot; `u32::MAX` in a slot no key has.
    pub slots: &'static [u32],
}

/// The 64-bit hash of an integer code (an `i32` code is hashed as its bits).
#[inline]
#[must_use]
pub const fn hash_code(bits: u32, seed: u64) -> u64 {
    (bits as u64 ^ seed).wrapping_mul(K1)
}

/// Reads up to eight bytes as a little-endian number: `len` bytes from `at`.
#[inline]
const fn read(bytes: &[u8], at: usize, len: usize) -> u64 {
    let mut value = 0;
    let mut i = 0;
    while i < len {
        value |= (bytes[at + i] as u64) << (8 * i);
        i += 1;
    }
    value
}

/// The first eight and the last eight bytes of `bytes` (overlapping when it is shorter than
/// 16; for fewer than eight bytes, its first, middle and last bytes, as in wyhash).
#[inline]
const fn ends(bytes: &[u8]) -> (u64, u64) {
    if let (Some(first), Some(last)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (u64::from_le_bytes(*first), u64::from_le_bytes(*last))
    } else if let (Some(first), Some(last)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        (
            u32::from_le_bytes(*first) as u64,
            u32::from_le_bytes(*last) as u64,
        )
    } else if bytes.is_empty() {
        (0, 0)
    } else {
        let len = bytes.len();
        (
            read(bytes, 0, 1) | read(bytes, len / 2, 1) << 8,
            read(bytes, len - 1, 1),
        )
    }
}

/// The eight bytes of `bytes` at 8 and the eight that end eight before its end: with its
/// [`ends`], every byte of a text of 16 to 32 bytes (`None` if it is shorter).
#[inline]
fn middle(bytes: &[u8]) -> Option<(u64, u64)> {
    let second = bytes.get(8..)?.first_chunk::<8>()?;
    let third = bytes
        .get(bytes.len().checked_sub(16)?..)?
        .first_chunk::<8>()?;
    Some((u64::from_le_bytes(*second), u64::from_le_bytes(*third)))
}

/// The eight bytes of `bytes` at `at`, or at its end if it is shorter (`0` if it has fewer
/// than eight).
#[inline]
#[must_use]
const fn window(bytes: &[u8], at: usize) -> u64 {
    let Some(last) = bytes.len().checked_sub(8) else {
        return 0;
    };
    let at = if at < last { at } else { last };
    match bytes.split_at(at).1.first_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => 0,
    }
}

/// What the quick hash of a name reads: its first eight bytes, its last eight, its length,
/// and (unless `window_at` is 0) the eight at `window_at`. For a name shorter than eight bytes,
/// its first, middle and last bytes instead of its first and last eight.
#[inline]
#[must_use]
pub const fn hashed_parts(bytes: &[u8], window_at: u32) -> [u64; 4] {
    let (first, last) = ends(bytes);
    let window = if window_at == 0 {
        0
    } else {
        window(bytes, window_at as usize)
    };
    [first, last, bytes.len() as u64, window]
}

/// The 64-bit hash of a name or string code: of its [`hashed_parts`]; or, when `whole` is
/// true, of all its bytes.
#[inline]
#[must_use]
pub const fn hash_str(text: &str, seed: u64, window_at: u32, whole: bool) -> u64 {
    let bytes = text.as_bytes();
    hash_parts(
        bytes,
        hashed_parts(bytes, window_at),
        seed,
        window_at != 0,
        whole,
    )
}

/// [`hash_str`] of `bytes`, whose [`hashed_parts`] are `parts` (which the macro reads once
/// per name, and hashes with many seeds).
#[inline]
#[must_use]
pub const fn hash_parts(
    bytes: &[u8],
    parts: [u64; 4],
    seed: u64,
    windowed: bool,
    whole: bool,
) -> u64 {
    let [first, last, len, window] = parts;
    // Two products computed side by side (a chain of multiplications would make a lookup
    // wait for each in turn), and the length in the top byte, among the bits that choose the
    // slot, where it parts keys of the same ends and different lengths with no product of its
    // own (a third product, of the length and the seed, cost three instructions a lookup:
    // `sqlite`'s `FromStr` by name 67.0 -> 64.9, `sqlstate`'s `from_code` 113.1 -> 107.1).
    // Keys that differ can still meet, by chance, for one seed; the macro then draws another.
    // The whole-name hash below is a chain, one-to-one at each step, so that distinct keys
    // always part for some seed.
    let mut h = (first ^ seed).wrapping_mul(K1)
        ^ (last ^ seed.rotate_left(32)).wrapping_mul(K2)
        ^ len.rotate_right(8);
    if windowed {
        h ^= (window ^ seed.rotate_left(16)).wrapping_mul(K4);
    }
    if whole {
        // Every full eight bytes; the last (partial) ones are in `last` already.
        let mut rest = bytes;
        while let Some((chunk, tail)) = rest.split_first_chunk::<8>() {
            h = (h.rotate_left(23) ^ u64::from_le_bytes(*chunk)).wrapping_mul(K1);
            rest = tail;
        }
        h = (h.rotate_left(23) ^ last).wrapping_mul(K2);
        h = (h.rotate_left(23) ^ len).wrapping_mul(K1);
    }
    h
}

/// The slot of an integer code in a table of `2^(64 - shift)` slots indexed by its hash alone:
/// for a few codes spread far apart, whose hashes the macro makes differ in their top bits by
/// its choice of `seed` (a perfect hash of one level, for which the table has many more slots
/// than codes).
#[inline]
#[must_use]
#[allow(clippy::cast_possible_truncation)] // below the table's length, a usize
pub const fn direct_slot(bits: u32, seed: u64, shift: u32) -> usize {
    (hash_code(bits, seed) >> shift) as usize
}

/// The slot of a key of hash `hash` in a bucket of displacement `displacement`, for a table of
/// `2^(64 - slot_shift)` slots.
#[inline]
#[must_use]
#[allow(clippy::cast_possible_truncation)] // below the table's length, a usize
pub const fn displace(hash: u64, displacement: u32, slot_shift: u32) -> usize {
    ((hash ^ displacement as u64).wrapping_mul(K2) >> slot_shift) as usize
}

/// What [`Index::slot`] reads, from the index's parts (for the macro, which checks an index
/// before it writes it out).
#[inline]
#[must_use]
#[allow(clippy::cast_possible_truncation)] // below the tables' lengths, usizes
pub const fn lookup(
    displacements: &[u32],
    slots: &[u32],
    bucket_shift: u32,
    slot_shift: u32,
    hash: u64,
) -> usize {
    // The shifts keep both reads in bounds: the macro makes the tables 2^(64 - shift) long.
    slots[place(displacements, bucket_shift, slot_shift, hash)] as usize
}

/// The slot of a key of hash `hash`, which [`lookup`] reads its position at.
#[inline]
#[must_use]
#[allow(clippy::cast_possible_truncation)] // below the table's length, a usize
const fn place(displacements: &[u32], bucket_shift: u32, slot_shift: u32, hash: u64) -> usize {
    let displacement = displacements[(hash >> bucket_shift) as usize];
    displace(hash, displacement, slot_shift)
}

/// `items` laid out by the slots of an index: `items[slots[s]]` at `s`, and `items[0]` at a
/// slot no key has (`u32::MAX`), where a lookup cannot find it, since a text equal to the first
/// key hashes to the first key's slot. With the keys, their ends and their values so laid
/// out, a lookup reads them at the slot the hash gives ([`Index::find_slot_ends`]) rather than
/// after a read of the key's position there.
///
/// # Panics
///
/// If `slots` is not `S` long, or `items` is empty or shorter than a position in `slots` says,
/// which fails the build of the generated code (a bug of the macro's).
#[must_use]
pub const fn by_slot<T: Copy, const S: usize>(items: &[T], slots: &[u32]) -> [T; S] {
    assert!(
        slots.len() == S && !items.is_empty(),
        "errcodes: a table of the wrong length"
    );
    let mut out = [items[0]; S];
    let mut s = 0;
    while s < S {
        if slots[s] != u32::MAX {
            out[s] = items[slots[s] as usize];
        }
        s += 1;
    }
    out
}

impl Index {
    /// The position the index gives a key of hash `hash`: the only place the key can be, if it
    /// is listed (`u32::MAX` when no key is there).
    #[inline]
    #[must_use]
    pub const fn slot(&self, hash: u64) -> usize {
        lookup(
            self.displacements,
            self.slots,
            self.bucket_shift,
            self.slot_shift,
            hash,
        )
    }

    /// The position of `text` among `keys` (names and aliases, or string codes), if it is one
    /// of them.
    #[inline]
    #[must_use]
    pub fn find_str(&self, keys: &[&str], text: &str) -> Option<usize> {
        let hashing = (self.seed, self.window, self.whole_names);
        find_text(keys, text, hashing, |hash| self.slot(hash))
    }

    /// [`find_str`](Self::find_str), with `ends` the [`key_ends`] of `keys`.
    #[inline]
    #[must_use]
    pub fn find_str_ends(&self, keys: &[&str], ends: &[[u64; 2]], text: &str) -> Option<usize> {
        let hashing = (self.seed, self.window, self.whole_names);
        find_text_ends(keys, ends, text, hashing, |hash| self.slot(hash))
    }

    /// The slot of `text`, if it is one of the keys, where `keys` are the keys laid out by
    /// slot ([`by_slot`] of the keys and [`slots`](Self::slots)) and `ends` their ends so laid
    /// out ([`slot_ends`]): what a lookup reads waits on the hash and the read of a
    /// displacement only, not on a read of the key's position as well.
    #[inline]
    #[must_use]
    pub fn find_slot_ends(&self, keys: &[&str], ends: &[[u64; 2]], text: &str) -> Option<usize> {
        let hashing = (self.seed, self.window, self.whole_names);
        find_text_ends(keys, ends, text, hashing, |hash| {
            place(self.displacements, self.bucket_shift, self.slot_shift, hash)
        })
    }
}

/// A perfect hash index of one level over a few hundred names at most: the top bits of a
/// name's hash are its slot, which holds its position. It has many more slots than keys, a
/// byte each, so that the macro finds a seed for which every name has a slot of its own; a
/// lookup then costs one multiplication fewer than [`Index`]'s, and one read fewer, which the
/// others wait on.
pub struct NameSlots {
    /// Mixed into every hash.
    pub seed: u64,
    /// `64 - log2(slots.len())`.
    pub shift: u32,
    /// As [`Index::whole_names`].
    pub whole_names: bool,
    /// As [`Index::window`].
    pub window: u32,
    /// A position per slot; `u8::MAX` in a slot no key has.
    pub slots: &'static [u8],
}

impl NameSlots {
    /// The slot of a key of hash `hash`.
    #[inline]
    #[must_use]
    #[allow(clippy::cast_possible_truncation)] // below the table's length, a usize
    pub const fn slot(&self, hash: u64) -> usize {
        (hash >> self.shift) as usize
    }

    /// The position of `text` among `keys`, if it is one of them, with `ends` the
    /// [`key_ends`] of `keys`.
    #[inline]
    #[must_use]
    pub fn find_str_ends(&self, keys: &[&str], ends: &[[u64; 2]], text: &str) -> Option<usize> {
        let hashing = (self.seed, self.window, self.whole_names);
        find_text_ends(keys, ends, text, hashing, |hash| {
            usize::from(self.slots[self.slot(hash)])
        })
    }
}

/// The [`hashed_parts`] of `bytes`, and the position `place` gives their hash with
/// `(seed, window, whole)`.
#[inline]
fn hashed_place(
    bytes: &[u8],
    (seed, window, whole): (u64, u32, bool),
    place: impl Fn(u64) -> usize,
) -> ([u64; 4], usize) {
    let parts = hashed_parts(bytes, window);
    let hash = hash_parts(bytes, parts, seed, window != 0, whole);
    (parts, place(hash))
}

/// [`find_text`], with `ends` the [`key_ends`] of `keys`: the text's ends are compared with
/// the key's in `ends`, a read that waits only on the position, as the read of the key's
/// length does, rather than on the read of the key. A function of its own: one `find_text`
/// with the table as an `Option` made LLVM lay out both worse (`curl`'s `FromStr` by name
/// 75.6 -> 87.1 instructions, `synth_1000`'s 74.0 -> 86.0).
#[inline]
fn find_text_ends(
    keys: &[&str],
    ends: &[[u64; 2]],
    text: &str,
    hashing: (u64, u32, bool),
    place: impl Fn(u64) -> usize,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let (parts, at) = hashed_place(bytes, hashing, place);
    let (key_ends, key) = (ends.get(at)?, keys.get(at)?);
    let same = key.len() == bytes.len()
        && *key_ends == [parts[0], parts[1]]
        && match bytes.len() {
            0..=16 => true,
            17..=32 => middle(key.as_bytes()) == middle(bytes),
            _ => key.as_bytes() == bytes,
        };
    if same {
        Some(at)
    } else {
        None
    }
}

/// The first and last eight bytes of each key (as the quick hash reads them), so that a
/// lookup compares a text of up to 16 bytes with them without reading the key itself.
#[must_use]
pub const fn key_ends<const N: usize>(keys: &[&str]) -> [[u64; 2]; N] {
    let mut out = [[0; 2]; N];
    let mut i = 0;
    while i < N && i < keys.len() {
        out[i] = ends_bytewise(keys[i].as_bytes());
        i += 1;
    }
    out
}

/// [`key_ends`] laid out by the slots of an index, as [`by_slot`] lays out the keys: read
/// for each key once, where `key_ends` of the keys so laid out would read the first key's for
/// every empty slot.
///
/// # Panics
///
/// As [`by_slot`]'s.
#[must_use]
pub const fn slot_ends<const S: usize>(keys: &[&str], slots: &[u32]) -> [[u64; 2]; S] {
    assert!(
        slots.len() == S && !keys.is_empty(),
        "errcodes: a table of the wrong length"
    );
    let mut out = [ends_bytewise(keys[0].as_bytes()); S];
    let mut s = 0;
    while s < S {
        if slots[s] != u32::MAX {
            out[s] = ends_bytewise(keys[slots[s] as usize].as_bytes());
        }
        s += 1;
    }
    out
}

/// What [`ends`] gives, read a byte at a time: rustc's interpreter of `const` code runs the
/// chunk reads `ends` is written with more slowly (`synth_1000`'s release touch-rebuild, 1,020
/// keys: 0.63 s with them, 0.60 s byte by byte, against 0.55-0.56 s without the table of ends;
/// `scripts/ab-touch.sh --rounds 7 --release`).
const fn ends_bytewise(bytes: &[u8]) -> [u64; 2] {
    let len = bytes.len();
    if len >= 8 {
        [read(bytes, 0, 8), read(bytes, len - 8, 8)]
    } else if len >= 4 {
        [read(bytes, 0, 4), read(bytes, len - 4, 4)]
    } else if len == 0 {
        [0, 0]
    } else {
        [
            read(bytes, 0, 1) | read(bytes, len / 2, 1) << 8,
            read(bytes, len - 1, 1),
        ]
    }
}

/// The position of `text` among `keys`, if it is one of them, for an index that hashes names
/// with `(seed, window, whole)` (as [`hash_str`]) and where `place` gives the only position a
/// key of a hash can have.
#[inline]
fn find_text(
    keys: &[&str],
    text: &str,
    hashing: (u64, u32, bool),
    place: impl Fn(u64) -> usize,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let (parts, at) = hashed_place(bytes, hashing, place);
    let key = keys.get(at)?.as_bytes();
    // The ends read for the hash cover a text of up to 16 bytes, and two reads more one of
    // up to 32, which need no call to memcmp; a longer one is compared whole.
    let same = key.len() == bytes.len()
        && match bytes.len() {
            0..=16 => ends(key) == (parts[0], parts[1]),
            17..=32 => ends(key) == (parts[0], parts[1]) && middle(key) == middle(bytes),
            _ => key == bytes,
        };
    if same {
        Some(at)
    } else {
        None
    }
}

macro_rules! find_code {
    ($($name:ident: $ty:ty),*) => {$(
        /// The position of `code` among `codes`, if the catalog lists it.
        #[inline]
        #[must_use]
        #[allow(clippy::cast_sign_loss, trivial_numeric_casts)] // hashed as its 32 bits
        pub const fn $name(index: &Index, codes: &[$ty], code: $ty) -> Option<usize> {
            let at = index.slot(hash_code(code as u32, index.seed));
            if at < codes.len() && codes[at] == code {
                Some(at)
            } else {
                None
            }
        }
    )*};
}

find_code!(find_u16: u16, find_u32: u32, find_i32: i32);

macro_rules! direct {
    ($($name:ident: $ty:ty),*) => {$(
        /// The [`direct_slot`] of `code`, hashed as its 32 bits.
        #[inline]
        #[must_use]
        #[allow(clippy::cast_sign_loss, trivial_numeric_casts)] // hashed as its 32 bits
        pub const fn $name(code: $ty, seed: u64, shift: u32) -> usize {
            direct_slot(code as u32, seed, shift)
        }
    )*};
}

direct!(direct_u16: u16, direct_u32: u32, direct_i32: i32);

macro_rules! offset {
    ($($name:ident: $ty:ty => $unsigned:ty),*) => {$(
        /// How far `code` is above `first`: the place of `code` in a table of a catalog's
        /// entries by code, which the macro makes when the codes lie close together. A code
        /// below `first` wraps around to far beyond any such table.
        #[inline]
        #[must_use]
        #[allow(clippy::cast_sign_loss, clippy::unnecessary_cast, trivial_numeric_casts)] // the offset's bits
        pub const fn $name(code: $ty, first: $ty) -> usize {
            code.wrapping_sub(first) as $unsigned as usize
        }
    )*};
}

offset!(offset_u16: u16 => u16, offset_u32: u32 => u32, offset_i32: i32 => u32);

macro_rules! key_at {
    ($($name:ident: $ty:ty),*) => {$(
        /// The key `offset` above `first`: what [`offset_u32`] and its kind undo, for a table's
        /// slot (which the macro keeps within the type's range).
        #[inline]
        #[must_use]
        #[allow(clippy::cast_possible_truncation, clippy::cast_possible_wrap)] // in range
        pub const fn $name(first: $ty, offset: usize) -> $ty {
            first.wrapping_add(offset as $ty)
        }
    )*};
}

key_at!(key_at_u16: u16, key_at_u32: u32, key_at_i32: i32);

/// The `N` texts that `at` says, four little-endian bytes each: 0 for `None`, `k` for
/// `Some(texts[k - 1])`. How the macro writes a table of optional texts (a name, a group's
/// title, a description per entry), with each distinct text once and no tokens per entry.
///
/// # Panics
///
/// If `at` is not `4 * N` bytes long or says a text beyond `texts`, which fails the build of
/// the generated code (a bug of the macro's).
#[must_use]
pub const fn option_texts<const N: usize>(
    texts: &[&'static str],
    at: &[u8],
) -> [Option<&'static str>; N] {
    assert!(at.len() == 4 * N, "errcodes: a table of the wrong length");
    let mut out = [None; N];
    let mut i = 0;
    while i < N {
        // Read here rather than through `u32s`, whose array the interpreter would build first.
        let k = at[4 * i] as usize
            | (at[4 * i + 1] as usize) << 8
            | (at[4 * i + 2] as usize) << 16
            | (at[4 * i + 3] as usize) << 24;
        if k != 0 {
            out[i] = Some(texts[k - 1]);
        }
        i += 1;
    }
    out
}

macro_rules! decode {
    ($($(#[$doc:meta])* $name:ident: $ty:ty = $zero:literal, $size:literal, |$b:ident, $at:ident| $value:expr;)*) => {$(
        $(#[$doc])*
        ///
        /// How the macro writes a long table of numbers: one byte-string literal that this reads
        /// at compile time, where an array would be two tokens per element for the compiler to
        /// lex, parse and check.
        ///
        /// # Panics
        ///
        /// If `bytes` is not as long as `N` elements, which fails the build of the generated
        /// code (a bug of the macro's).
        ///
        /// It runs in the compiler's interpreter of `const` code, where a call (to
        /// `split_at`, `from_le_bytes`) costs far more than an index: each element is read
        /// byte by byte.
        #[must_use]
        #[allow(clippy::cast_possible_truncation, clippy::cast_possible_wrap)] // the bytes of one
        pub const fn $name<const N: usize>(bytes: &[u8]) -> [$ty; N] {
            assert!(bytes.len() == $size * N, "errcodes: a table of the wrong length");
            let mut out = [$zero; N];
            let $b = bytes;
            let mut i = 0;
            while i < N {
                let $at = $size * i;
                out[i] = $value;
                i += 1;
            }
            out
        }
    )*};
}

decode! {
    /// The `N` numbers that `bytes` hold, four little-endian bytes each.
    u32s: u32 = 0, 4, |b, at| b[at] as u32
        | (b[at + 1] as u32) << 8
        | (b[at + 2] as u32) << 16
        | (b[at + 3] as u32) << 24;
    /// The `N` numbers that `bytes` hold, four little-endian bytes each.
    i32s: i32 = 0, 4, |b, at| (b[at] as u32
        | (b[at + 1] as u32) << 8
        | (b[at + 2] as u32) << 16
        | (b[at + 3] as u32) << 24) as i32;
    /// The `N` numbers that `bytes` hold, two little-endian bytes each.
    u16s: u16 = 0, 2, |b, at| b[at] as u16 | (b[at + 1] as u16) << 8;
    /// The `N` values that `bytes` hold, a byte each: 0 for `false`, any other for `true`.
    bools: bool = false, 1, |b, at| b[at] != 0;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_of_every_length() {
        assert_eq!(ends(b""), (0, 0));
        assert_eq!(ends(b"a"), (0x6161, 0x61));
        assert_eq!(ends(b"abc"), (0x6261, 0x63));
        assert_eq!(ends(b"abcd"), (0x6463_6261, 0x6463_6261));
        assert_eq!(ends(b"abcdefghi").0, u64::from_le_bytes(*b"abcdefgh"));
        assert_eq!(ends(b"abcdefghi").1, u64::from_le_bytes(*b"bcdefghi"));
    }

    #[test]
    fn key_ends_are_the_ends_the_hash_reads() {
        const KEYS: &[&str] = &[
            "",
            "a",
            "ab",
            "abc",
            "abcd",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "abcdefghijklmnop",
            "ERROR_A_X_TIMEOUT",
            "名前",
        ];
        const ENDS: [[u64; 2]; 11] = key_ends::<11>(KEYS);
        for (key, key_ends) in KEYS.iter().zip(ENDS) {
            let parts = hashed_parts(key.as_bytes(), 0);
            assert_eq!(key_ends, [parts[0], parts[1]], "{key}");
        }
    }

    #[test]
    fn by_slot_and_slot_ends_lay_items_out_by_slot_and_fill_empty_slots_with_the_first() {
        const SLOTS: [u32; 6] = [2, u32::MAX, 0, u32::MAX, 1, 3];
        const KEYS: [&str; 6] = by_slot::<&str, 6>(&["a", "b", "c", "d"], &SLOTS);
        const ENDS: [[u64; 2]; 6] = slot_ends::<6>(&["a", "b", "c", "d"], &SLOTS);
        const VALUES: [u8; 6] = by_slot::<u8, 6>(&[10, 11, 12, 13], &SLOTS);
        assert_eq!(KEYS, ["c", "a", "a", "a", "b", "d"]);
        assert_eq!(ENDS, key_ends::<6>(&KEYS));
        assert_eq!(VALUES, [12, 10, 10, 10, 11, 13]);
    }

    #[test]
    fn a_window_or_the_whole_name_tells_apart_what_the_ends_do_not() {
        let (a, b) = ("ERROR_A_X_TIMEOUT", "ERROR_A_Y_TIMEOUT");
        assert_eq!(hash_str(a, 1, 0, false), hash_str(b, 1, 0, false));
        assert_ne!(hash_str(a, 1, 4, false), hash_str(b, 1, 4, false));
        assert_eq!(
            hashed_parts(b"abcdefghij", 1)[3],
            u64::from_le_bytes(*b"bcdefghi")
        );
        assert_eq!(
            hashed_parts(b"abcdefghij", 9)[3],
            u64::from_le_bytes(*b"cdefghij")
        );
        assert_eq!(hashed_parts(b"abc", 9), [0x6261, 0x63, 3, 0]);
        assert_ne!(hash_str(a, 1, 0, true), hash_str(b, 1, 0, true));
    }

    #[test]
    fn texts_of_every_length_are_found_only_when_equal() {
        extern crate std;
        use std::{string::String, vec, vec::Vec};
        // One key per length from 0 to 40, so that every way of comparing is taken; every
        // other text of the same length differs from the key in one byte.
        let keys: Vec<String> = (0..=40)
            .map(|n| (b'A'..=b'Z').cycle().take(n).map(char::from).collect())
            .collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        for (at, key) in keys.iter().enumerate() {
            // Both slots hold the key: any text lands on it.
            let index = Index {
                seed: 0,
                bucket_shift: 63,
                slot_shift: 63,
                whole_names: false,
                window: 0,
                displacements: &[0, 0],
                slots: Vec::leak(vec![u32::try_from(at).unwrap(); 2]),
            };
            assert_eq!(index.find_str(&keys, key), Some(at), "{key}");
            for i in 0..key.len() {
                let mut other = key.as_bytes().to_vec();
                other[i] = b'a';
                let other = String::from_utf8(other).unwrap();
                assert_eq!(index.find_str(&keys, &other), None, "{other}");
            }
        }
    }

    #[test]
    fn offsets_below_the_first_code_are_beyond_any_table() {
        assert_eq!(offset_i32(-2, -2), 0);
        assert_eq!(offset_i32(1, -2), 3);
        assert!(offset_i32(-3, -2) > 1 << 31);
        assert!(offset_i32(i32::MIN, 0) >= 1 << 31);
        assert_eq!(offset_i32(i32::MAX, i32::MIN), u32::MAX as usize);
        assert_eq!(offset_u16(u16::MAX, 65_534), 1);
        assert_eq!(offset_u16(0, 1), usize::from(u16::MAX));
        assert_eq!(offset_u32(4, 4), 0);
        assert_eq!(offset_u32(3, 4), u32::MAX as usize);
        for (code, first) in [(-2, -2), (1, -2), (i32::MAX, i32::MAX - 5)] {
            assert_eq!(key_at_i32(first, offset_i32(code, first)), code);
        }
        assert_eq!(key_at_u16(65_534, 1), u16::MAX);
        assert_eq!(key_at_u32(4, 0), 4);
    }

    #[test]
    fn a_one_slot_index() {
        let index = Index {
            seed: 0,
            bucket_shift: 63,
            slot_shift: 63,
            whole_names: false,
            window: 0,
            displacements: &[0, 0],
            slots: &[0, 0],
        };
        assert_eq!(find_u32(&index, &[7], 7), Some(0));
        assert_eq!(find_u32(&index, &[7], 8), None);
        assert_eq!(index.find_str(&["x"], "x"), Some(0));
        assert_eq!(index.find_str(&["x"], "y"), None);
    }

    #[test]
    fn byte_strings_decode_to_their_values() {
        const U32: [u32; 2] = u32s::<2>(b"\x01\x00\x00\x00\xff\xff\xff\xff");
        const I32: [i32; 2] = i32s::<2>(b"\xfe\xff\xff\xff\x00\x00\x00\x80");
        const U16: [u16; 2] = u16s::<2>(b"\x34\x12\xff\xff");
        const BOOLS: [bool; 3] = bools::<3>(b"\x00\x01\x02");
        const TEXTS: [Option<&str>; 3] = option_texts::<3>(
            &["a", "b"],
            b"\x02\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00",
        );
        assert_eq!(U32, [1, u32::MAX]);
        assert_eq!(I32, [-2, i32::MIN]);
        assert_eq!(U16, [0x1234, u16::MAX]);
        assert_eq!(BOOLS, [false, true, true]);
        assert_eq!(TEXTS, [Some("b"), None, Some("a")]);
    }

    #[test]
    #[should_panic(expected = "wrong length")]
    fn a_byte_string_of_the_wrong_length_is_refused() {
        let _ = u32s::<2>(core::hint::black_box(b"\x01\x00\x00\x00"));
    }
}
