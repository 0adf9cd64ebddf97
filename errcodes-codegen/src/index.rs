//! Builds the lookups that generated code uses: `match`es for a few names; tables over close
//! codes; perfect hashes of one level for a few hundred names or a few spread codes
//! (`errcodes_runtime::__private::NameSlots`, `direct_slot`), whose table has many more slots
//! than keys; and, for more, perfect hashes of two levels (`errcodes_runtime::__private::
//! Index`): for each bucket of keys, a displacement that sends every key to a slot of its own.

// Indexing is the algorithm here, and every index is in range by construction: a key's position
// is below the number of keys, a bucket comes from the top `bucket_bits` bits of a hash and a
// slot from the top `slot_bits` (`displace`), and the tables have 2^bucket_bits and 2^slot_bits
// elements. The runtime's lookup then checks every key of every index built, and the tests
// build indexes of up to 20,000 keys.
#![allow(clippy::indexing_slicing)]

use errcodes_catalog::CodeType;
use errcodes_runtime::__private::{
    direct_slot, displace, hash_code, hash_parts, hash_str, hashed_parts, lookup,
};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::text::{self, Bytes, Spell, VariantPath};

/// An index as the macro builds it, before it is written out as code.
#[derive(Debug)]
pub(crate) struct Built {
    seed: u64,
    bucket_shift: u32,
    slot_shift: u32,
    names: NameHash,
    displacements: Vec<u32>,
    slots: Vec<u32>,
}

/// How an index of names hashes them (see `errcodes_runtime::__private::Index`); an index of
/// codes ignores it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct NameHash {
    /// Where the quick hash reads eight more bytes, or 0 for none.
    window: u32,
    /// Whether every byte is hashed.
    whole: bool,
}

impl NameHash {
    /// Every byte hashed, which tells apart any two different names for some seed.
    const WHOLE: Self = Self {
        window: 0,
        whole: true,
    };
}

/// How many displacements are tried for one bucket before a new seed is drawn.
const TRIES: u32 = 1 << 16;
/// How many seeds are tried before the table of slots is made twice as large.
const SEEDS: u64 = 16;

/// Up to this many keys, a lookup of text is a `match` of strings, which rustc compiles to
/// comparisons by length and bytes, as strum's `EnumString` is: faster than hashing for so few
/// keys, while beyond it the comparisons grow with the keys and the hash does not. At 256,
/// `alibaba_player`'s 126 names went through a `match` in 89 instructions against the hash's
/// 109, but took 1.39× strum's time against the hash's 1.15×, and its aliases 1.33× against
/// 0.45× (`ERRCODES_OPS="FromStr by" ERRCODES_RATIOS=1 cargo bench -p errcodes-bench --bench
/// alibaba_player`, 2026-11-25).
const MATCH_UP_TO: usize = 64;

/// Up to this many keys, a lookup by hash compares a text with a table of its key's ends (see
/// [`text_lookup`]), which the compiler makes from the keys in a `const`, at a cost that grows
/// with them.
const ENDS_UP_TO: usize = 4096;

/// Whether [`text_lookup`] and [`text_lookup_or`] of `keys` keys are a `match` of the text.
pub(crate) const fn is_match(keys: usize) -> bool {
    keys <= MATCH_UP_TO
}

/// What a lookup of text returns.
pub(crate) enum Found<'a> {
    /// The variant of the key: `variants[i]` of `ty` for `keys[i]`, the same as `table[i]`.
    Variant {
        ty: &'a Ident,
        variants: &'a [&'a str],
        table: &'a TokenStream,
    },
    /// The key's position in `keys`.
    Position,
}

/// The items of a lookup of text among `keys`: `fn #name(text: &str) -> Option<_>`, what
/// `found` says for the key equal to `text`. For few keys it is a `match` whose arms give that
/// themselves (a variant with no read of a table after the comparison, as strum's); otherwise
/// the position of `text` in `keys` (read from `#keys_table` at run time) is found through a
/// perfect hash index, of one level up to [`NAME_SLOTS_UP_TO`] keys, and a variant read from
/// its table at that position.
///
/// Up to [`ENDS_UP_TO`] keys, the index compares a text with the first and last eight bytes of
/// its key in a table (`ENDS`, made by a `const fn` from the keys when the crate compiles)
/// rather than with the key's bytes: both reads wait only on the slot, where the key's bytes
/// waited on the read of the key, and the lookup is that much shorter a chain of reads
/// (`errno_linux`'s `FromStr` by alias 1.62x -> 0.92x strum, `curl`'s 1.14x -> 1.05x). Over an
/// index of two levels, a variant's lookup lays the tables out by slot ([`by_slot_lookup`]).
pub(crate) fn text_lookup(
    name: &Ident,
    keys: &[&str],
    keys_table: &TokenStream,
    found: &Found<'_>,
) -> TokenStream {
    let ty = match found {
        Found::Variant { ty, .. } => quote!(#ty),
        Found::Position => quote!(usize),
    };
    if is_match(keys.len()) {
        let arms = key_arms(keys, found, "__e::Some");
        // A string code's lookup is the whole of `from_code` and `FromStr`: inlined into them,
        // the `match` gives its result straight to theirs (`alibaba_vod`'s `FromStr` 34.9 ->
        // 28.0 instructions, 1.21x -> 0.59x the hand-written `match`). A name's lookup stays
        // a call: inlined, `grpc`'s and `azure_media_player`'s `FromStr` by name took longer.
        let inline = match found {
            Found::Position => quote!(#[inline(always)]),
            Found::Variant { .. } => quote!(#[inline]),
        };
        return quote! {
            #inline
            fn #name(text: &str) -> __e::Option<#ty> {
                match text {
                    #arms
                    _ => __e::None,
                }
            }
        };
    }
    let n = keys.len();
    let slots = name_slots(keys);
    if let (None, Found::Variant { table, .. }, true) = (&slots, found, n <= ENDS_UP_TO) {
        // Without an index, the lookup below writes the compile error.
        if let Some(built) = names_index(keys) {
            return by_slot_lookup(name, &ty, keys_table, table, &built);
        }
    }
    let (index_ty, index) = match slots {
        Some(slots) => (quote!(__e::NameSlots), slots),
        None => (quote!(__e::Index), names(keys)),
    };
    let (ends, find) = if n <= ENDS_UP_TO {
        (
            quote!(const ENDS: [[u64; 2]; #n] = __e::key_ends::<#n>(#keys_table);),
            quote!(INDEX.find_str_ends(#keys_table, &ENDS, text)),
        )
    } else {
        (
            TokenStream::new(),
            quote!(INDEX.find_str(#keys_table, text)),
        )
    };
    let found = match found {
        Found::Variant { table, .. } => quote! {
            match #find {
                __e::Some(position) => __e::Some(#table[position]),
                __e::None => __e::None,
            }
        },
        Found::Position => find,
    };
    quote! {
        #[inline]
        fn #name(text: &str) -> __e::Option<#ty> {
            const INDEX: #index_ty = #index;
            #ends
            #found
        }
    }
}

/// [`text_lookup`] of a variant through an index of two levels, `built`, of at most
/// [`ENDS_UP_TO`] keys: the keys (`#keys_table`), their ends and their variants (`#table`) laid
/// out by slot in `const`s (by `__e::by_slot` and `__e::slot_ends`, as the crate compiles), so
/// that a lookup reads each at the slot the hash gives, where it read them at the key's
/// position, which it read at that slot first: one read fewer in the chain that the
/// comparison waits on, and no check of the position against the keys' number.
fn by_slot_lookup(
    name: &Ident,
    ty: &TokenStream,
    keys_table: &TokenStream,
    table: &TokenStream,
    built: &Built,
) -> TokenStream {
    let index = built.to_tokens();
    let s = built.slots.len();
    quote! {
        #[inline]
        fn #name(text: &str) -> __e::Option<#ty> {
            const INDEX: __e::Index = #index;
            const SLOT_KEYS: [&str; #s] = __e::by_slot::<&str, #s>(#keys_table, INDEX.slots);
            const SLOT_ENDS: [[u64; 2]; #s] = __e::slot_ends::<#s>(#keys_table, INDEX.slots);
            const SLOT_VALUES: [#ty; #s] = __e::by_slot::<#ty, #s>(#table, INDEX.slots);
            match INDEX.find_slot_ends(&SLOT_KEYS, &SLOT_ENDS, text) {
                __e::Some(slot) => __e::Some(SLOT_VALUES[slot]),
                __e::None => __e::None,
            }
        }
    }
}

/// `fn #name(text: &str) -> Result<_, ParseError>`: the value of the key equal to `text` among
/// `keys`, as [`text_lookup`]'s `#find` (of the same keys) gives it, or else `miss` (an
/// expression of the `Result` type: parsing `text` as a number).
///
/// For few keys it is a `match` of its own whose last arm is `miss`, so that a text that is no
/// key goes on to `miss` with no value to keep across a call: after a call of `#find`, `text`
/// must be saved and restored around it (`http_status`'s `FromStr` by name, 47.0 instructions
/// against strum's 37.9, for 37.0 in the lookup alone). For more keys it calls `#find`, which
/// hashes, and whose one copy keeps the index's tables out of the code twice.
///
/// Either way it is inlined always, so that its `Result` goes straight to the caller's use of
/// it. As a call, LLVM returned the `Result` through memory: it is two words, but not a pair of
/// scalars, the only two words Rust's ABI returns in registers (`FromStr` by name `grpc` 34.8
/// -> 27.4 instructions, `http_status` 39.5 -> 30.4; strum 31.7 and 37.9); and over a hash it
/// kept the function out of line, saving registers (`synth_100` 70.3 -> 85.3; inlined, 72.3).
pub(crate) fn text_lookup_or(
    name: &Ident,
    find: &Ident,
    keys: &[&str],
    found: &Found<'_>,
    miss: &TokenStream,
) -> TokenStream {
    let ty = match found {
        Found::Variant { ty, .. } => quote!(#ty),
        Found::Position => quote!(usize),
    };
    let body = if is_match(keys.len()) {
        let arms = key_arms(keys, found, "__e::Ok");
        quote! {
            match text {
                #arms
                _ => #miss,
            }
        }
    } else {
        quote! {
            match #find(text) {
                __e::Some(value) => __e::Ok(value),
                __e::None => #miss,
            }
        }
    };
    quote! {
        #[inline(always)]
        fn #name(text: &str) -> __e::Result<#ty, __e::ParseError> {
            #body
        }
    }
}

/// The arms `"key" => #wrap(value),` of a `match` of `keys`, the value of each as `found` says.
fn key_arms(keys: &[&str], found: &Found<'_>, wrap: &str) -> TokenStream {
    text::written(|out| {
        let mut arm = |key: &str, value: &dyn Spell| {
            key.spell(out);
            out.push_str(" => ");
            out.push_str(wrap);
            out.push('(');
            value.spell(out);
            out.push_str("),");
        };
        match found {
            Found::Variant { ty, variants, .. } => {
                let type_name = ty.to_string();
                for (key, variant) in keys.iter().zip(*variants) {
                    arm(key, &VariantPath(&type_name, variant));
                }
            }
            Found::Position => {
                for (position, key) in keys.iter().enumerate() {
                    arm(key, &position);
                }
            }
        }
    })
}

/// How `from_code` finds an integer code: the items it reads, and its body (an expression of
/// the type `ty`, from `code`).
///
/// Codes that lie close together, over a range of at most [`DENSE_SPREAD`] times their number
/// or [`DENSE_SMALL`] (`grpc`'s 0 to 16, `errno`'s 1 to 133, HTTP's 100 to 511), are found in a
/// table over that range ([`dense_lookup`]): a subtraction, a comparison and a read, as a
/// hand-written `match` over such codes compiles to. Others are found by a perfect hash
/// (`__private::Index`), whose cost does not depend on how the codes are spread.
pub(crate) fn int_codes(
    ty: &Ident,
    codes: &[i64],
    code_type: CodeType,
) -> (TokenStream, TokenStream) {
    let int = code_type.rust_name();
    let unknown = |code: TokenStream| quote!(#ty::Unknown(__e::Unknown::__new(#code)));
    let table = DenseTable {
        suffix: "CODE",
        int,
        elem: quote!(#ty),
        count: quote!(TABLES.codes.len()),
        key: quote!(TABLES.codes[entry]),
        value: &|entry| quote!(#ty::ALL[#entry]),
        arg: &format_ident!("code"),
        miss: &unknown,
    };
    if let Some(found) = dense_lookup(codes, &table) {
        return found;
    }
    // An integer code is hashed as its 32 bits, whatever its type.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let bits: Vec<u32> = codes.iter().map(|&code| code as u32).collect();
    if let Some(found) = direct_lookup(ty, codes, &bits, int, &unknown) {
        return found;
    }
    let index = tokens(build(bits.len(), NameHash::default(), &|k, seed| {
        hash_code(bits[k], seed)
    }));
    let find = Ident::new(&format!("find_{int}"), proc_macro2::Span::call_site());
    let miss = unknown(quote!(code));
    (
        quote!(const CODE_INDEX: __e::Index = #index;),
        quote! {
            match __e::#find(&CODE_INDEX, TABLES.codes, code) {
                __e::Some(entry) => #ty::ALL[entry],
                __e::None => #miss,
            }
        },
    )
}

/// Up to this many codes, when they are too spread out for a [`dense`] table, `from_code` reads a
/// table indexed by a hash of one level ([`direct_lookup`]): one multiplication and two reads,
/// where the index of two levels takes two multiplications and four reads that wait on each
/// other (`azure_media_player`'s 35 codes: 23.8 instructions against `num_enum`'s 17.7, whose
/// `match` of codes gives each variant its code as discriminant).
const DIRECT_UP_TO: usize = 64;

/// The largest table [`direct_lookup`] makes: 2^10 slots, of a code and a value each (12 KiB
/// for `u32` codes).
const DIRECT_MAX_BITS: u32 = 10;

/// How many seeds [`one_level`] tries for each size of table.
const ONE_LEVEL_SEEDS: u64 = 512;

/// A seed, and the shift that makes a slot of a 64-bit hash, for which `slot(k, seed, shift)`
/// differs for each of `n` keys: the smallest table of 2^`bits` slots, for `bits` in `sizes`,
/// for which one of [`ONE_LEVEL_SEEDS`] seeds does. The search of both perfect hashes of one
/// level, of codes ([`direct_seed`]) and of names ([`build_name_slots`]).
fn one_level(
    n: usize,
    sizes: std::ops::RangeInclusive<u32>,
    slot: impl Fn(usize, u64, u32) -> usize,
) -> Option<(u64, u32)> {
    sizes.into_iter().find_map(|bits| {
        let shift = 64 - bits;
        let mut taken = vec![false; 1 << bits];
        (0..ONE_LEVEL_SEEDS).map(splitmix).find_map(|seed| {
            taken.fill(false);
            (0..n)
                .all(|k| !std::mem::replace(&mut taken[slot(k, seed, shift)], true))
                .then_some((seed, shift))
        })
    })
}

/// A seed, and the shift that makes a [`direct_slot`], for which the codes' slots differ: the
/// smallest table with at least twice as many slots as codes for which [`one_level`] finds
/// one. `None` for more than [`DIRECT_UP_TO`] codes, or if no table up to
/// [`DIRECT_MAX_BITS`] will do.
fn direct_seed(bits: &[u32]) -> Option<(u64, u32)> {
    if bits.len() > DIRECT_UP_TO {
        return None;
    }
    one_level(
        bits.len(),
        bits_for(bits.len()) + 1..=DIRECT_MAX_BITS,
        |k, seed, shift| direct_slot(bits[k], seed, shift),
    )
}

/// The items and the body of `from_code` through a table indexed by a hash of one level
/// ([`direct_seed`]), or `None` if the codes are too many for one. Each slot holds a code and
/// what it gives: a code of the catalog and its variant, or, in a slot no code of the
/// catalog has, the lowest code the catalog does not list and `Unknown` of it. A lookup is a
/// hash, two reads and a comparison: the slot's value if its code is `code`, else `Unknown`.
fn direct_lookup(
    ty: &Ident,
    codes: &[i64],
    bits: &[u32],
    int: &str,
    unknown: &dyn Fn(TokenStream) -> TokenStream,
) -> Option<(TokenStream, TokenStream)> {
    let (seed, shift) = direct_seed(bits)?;
    let slots = 1_usize << (64 - shift);
    // One of the first `codes.len() + 1` is not a code of the catalog.
    let filler = (0..=i64::try_from(codes.len()).ok()?).find(|c| !codes.contains(c))?;
    let filler = text::written(|out| filler.spell(out));
    let slot_of = format_ident!("direct_{int}");
    let int = format_ident!("{int}");
    let filler_unknown = unknown(quote!(FILLER));
    let miss = unknown(quote!(code));
    let items = quote! {
        /// The seed of the hash that gives each code its slot.
        const CODE_SEED: u64 = #seed;
        /// How far the hash is shifted to give a slot.
        const CODE_SHIFT: u32 = #shift;
        /// The lowest code the catalog does not list, in the slots no code of it has.
        const FILLER: #int = #filler;
        /// The code in each slot.
        const SLOT_CODES: [#int; #slots] = {
            let mut table = [FILLER; #slots];
            let mut entry = 0;
            while entry < TABLES.codes.len() {
                let code = TABLES.codes[entry];
                table[__e::#slot_of(code, CODE_SEED, CODE_SHIFT)] = code;
                entry += 1;
            }
            table
        };
        /// What the code in each slot gives.
        const BY_SLOT: [#ty; #slots] = {
            let mut table = [#filler_unknown; #slots];
            let mut entry = 0;
            while entry < TABLES.codes.len() {
                table[__e::#slot_of(TABLES.codes[entry], CODE_SEED, CODE_SHIFT)] = #ty::ALL[entry];
                entry += 1;
            }
            table
        };
    };
    let body = quote! {
        let slot = __e::#slot_of(code, CODE_SEED, CODE_SHIFT);
        if SLOT_CODES[slot] == code {
            BY_SLOT[slot]
        } else {
            #miss
        }
    };
    Some((items, body))
}

/// A lookup by an integer key through a table over the keys' range (see [`dense`]): what to
/// write, for [`dense_lookup`].
pub(crate) struct DenseTable<'a> {
    /// The end of the items' names: `FIRST_CODE` and `BY_CODE` for `"CODE"`.
    pub(crate) suffix: &'a str,
    /// The keys' type: `u16`, `u32` or `i32`.
    pub(crate) int: &'a str,
    /// The type of what is found.
    pub(crate) elem: TokenStream,
    /// How many entries there are (a constant expression).
    pub(crate) count: TokenStream,
    /// The key of entry `entry` (a constant expression).
    pub(crate) key: TokenStream,
    /// What is found for the entry at this index (an expression of it).
    pub(crate) value: &'a dyn Fn(TokenStream) -> TokenStream,
    /// The key looked up, the argument of the function whose body this is.
    pub(crate) arg: &'a Ident,
    /// What a key of no entry gives (an expression of the key).
    pub(crate) miss: &'a dyn Fn(TokenStream) -> TokenStream,
}

/// The items and the body of a lookup by `keys` (the key of each entry, in order) through a
/// table over their range, made by a loop at compile time; `None` if the keys are too spread
/// out for one (see [`dense`]). The table holds what the lookup gives for every key of the
/// range, a miss included, so that a key in the range is one comparison and one read. The few
/// keys far from the others are found by a `match` after the table.
pub(crate) fn dense_lookup(keys: &[i64], t: &DenseTable<'_>) -> Option<(TokenStream, TokenStream)> {
    let Dense { first, len, others } = dense(keys)?;
    let offset = format_ident!("offset_{}", t.int);
    let key_at = format_ident!("key_at_{}", t.int);
    let int = format_ident!("{}", t.int);
    let first_name = format_ident!("FIRST_{}", t.suffix);
    let table_name = format_ident!("BY_{}", t.suffix);
    let first = text::written(|out| first.spell(out));
    let DenseTable {
        elem,
        count,
        key,
        arg,
        ..
    } = t;
    let value = (t.value)(quote!(entry));
    let miss_at_first = (t.miss)(quote!(#first_name));
    let miss_at_offset = (t.miss)(quote!(__e::#key_at(#first_name, offset)));
    let first_doc = format!(" The lowest key of the range that `{table_name}` covers.");
    let table_doc = format!(" What each key from `{first_name}` on gives.");
    let items = quote! {
        #[doc = #first_doc]
        const #first_name: #int = #first;

        #[doc = #table_doc]
        const #table_name: [#elem; #len] = {
            let mut table = [#miss_at_first; #len];
            let mut offset = 0;
            while offset < #len {
                table[offset] = #miss_at_offset;
                offset += 1;
            }
            let mut entry = 0;
            while entry < #count {
                let offset = __e::#offset(#key, #first_name);
                if offset < #len {
                    table[offset] = #value;
                }
                entry += 1;
            }
            table
        };
    };
    let miss = (t.miss)(quote!(#arg));
    let rest = if others.is_empty() {
        miss
    } else {
        let arms = others.iter().map(|&(key, entry)| {
            let key = text::written(|out| key.spell(out));
            let value = (t.value)(quote!(#entry));
            quote!(#key => #value,)
        });
        quote!(match #arg { #(#arms)* _ => #miss })
    };
    let body = quote! {
        let offset = __e::#offset(#arg, #first_name);
        if offset < #table_name.len() {
            return #table_name[offset];
        }
        #rest
    };
    Some((items, body))
}

/// How many times the number of codes their range may be for a [`dense`] table: an element is
/// a value of the type, eight bytes, so twice as many as the codes is 16 bytes a code, about
/// what the hash index and its table of codes take.
const DENSE_SPREAD: i64 = 2;

/// A range of at most this many codes gets a [`dense`] table however few codes it holds (4 KiB:
/// HTTP's 62 statuses from 100 to 511).
const DENSE_SMALL: i64 = 512;

/// No [`dense`] table covers more codes than this (512 KiB), so that the loop that fills it at
/// compile time stays short.
const DENSE_LARGEST: i64 = 1 << 16;

/// At most this many codes may lie far from the others, in a catalog whose other codes get a
/// [`dense`] table: libcurl's `CURLE_ALREADY_COMPLETE` is 99999, its other codes 0 to 99.
const DENSE_OTHERS: usize = 4;

/// A table over a range of codes, as [`dense`] chooses it.
#[derive(Debug, PartialEq, Eq)]
struct Dense {
    /// The lowest code of the range.
    first: i64,
    /// The length of the range.
    len: usize,
    /// The codes outside the range, each with the place of its entry.
    others: Vec<(i64, usize)>,
}

/// The range of a table of codes, when all the codes but at most [`DENSE_OTHERS`] of the lowest
/// or highest lie close enough together for one: at most [`DENSE_SPREAD`] times their number,
/// or [`DENSE_SMALL`], and at most [`DENSE_LARGEST`].
fn dense(codes: &[i64]) -> Option<Dense> {
    let mut sorted = codes.to_vec();
    sorted.sort_unstable();
    // Leave out the fewest codes, then the fewest of the highest ones.
    let (low, high) = (0..=DENSE_OTHERS.min(codes.len()))
        .flat_map(|out| (0..=out).rev().map(move |high| (out - high, high)))
        .find(|&(low, high)| {
            let kept = sorted.get(low..sorted.len().saturating_sub(high));
            kept.is_some_and(|kept| match (kept.first(), kept.last()) {
                (Some(first), Some(last)) => i64::try_from(kept.len()).is_ok_and(|n| {
                    let span = last - first + 1;
                    span <= (DENSE_SPREAD * n).max(DENSE_SMALL) && span <= DENSE_LARGEST
                }),
                _ => false,
            })
        })?;
    let (first, last) = (sorted[low], sorted[sorted.len() - 1 - high]);
    let others = codes
        .iter()
        .enumerate()
        .filter(|&(_, &code)| code < first || code > last)
        .map(|(entry, &code)| (code, entry))
        .collect();
    Some(Dense {
        first,
        len: usize::try_from(last - first + 1).ok()?,
        others,
    })
}

/// An index as an expression of type `__e::Index`, or a compile error if it could not be
/// built (which only a bug can cause: distinct keys always hash apart for some seed).
fn tokens(built: Option<Built>) -> TokenStream {
    match built {
        Some(built) => built.to_tokens(),
        None => quote!(__e::core::compile_error!(
            "errcodes could not build a lookup index for this catalog: please report this bug"
        )),
    }
}

/// The index of names, or of string codes, as code.
fn names(keys: &[&str]) -> TokenStream {
    tokens(names_index(keys))
}

/// The index of names, as built.
fn names_index(keys: &[&str]) -> Option<Built> {
    let names = name_hash(keys);
    let with = |names: NameHash| {
        build(keys.len(), names, &|k, seed| {
            hash_str(keys[k], seed, names.window, names.whole)
        })
    };
    with(names).or_else(|| with(NameHash::WHOLE))
}

/// How to hash `keys`: the quick hash, with a window where it needs one, unless the keys agree
/// on all it can read.
fn name_hash(keys: &[&str]) -> NameHash {
    // The quick hash reads a name's length and its first and last eight bytes. When two keys
    // agree on those, no seed can tell them apart: eight more bytes are read where every key
    // differs, or else the whole name is hashed.
    let longest = keys.iter().map(|k| k.len()).max().unwrap_or(0);
    let windows = std::iter::once(0).chain(1..longest.saturating_sub(8));
    // Parts that differ can still hash alike for every seed: the products carry differences
    // only upwards, so keys that differ only in the high bytes of their first and last eight
    // (`ERROR_LICENSE_DENIED_62627` and `ERROR_STORAGE_DENIED_62691`) differ only in the top
    // bits of their hashes, where two such differences can cancel. Among 100,000 synthetic names
    // some pairs did for every seed, and the index grew to eight times its size; a window
    // where the keys differ lower in their bytes keeps it small.
    let chosen = windows.map(|w| u32::try_from(w).unwrap_or(0)).find(|w| {
        tells_apart(keys, *w)
            && (0..SEEDS).any(|attempt| {
                let seed = splitmix(attempt);
                distinct(
                    &keys
                        .iter()
                        .map(|k| hash_str(k, seed, *w, false))
                        .collect::<Vec<_>>(),
                )
            })
    });
    match chosen {
        Some(window) => NameHash {
            window,
            whole: false,
        },
        None => NameHash::WHOLE,
    }
}

/// Up to this many names, a lookup of text goes through a
/// [`NameSlots`](errcodes_runtime::__private::NameSlots) index of one level, if [`name_slots`]
/// finds one: the most whose table, of at least n^2 / 8 slots (see [`build_name_slots`]), is
/// at most [`NAME_SLOTS_MAX_BITS`]; fewer than `u8::MAX`, the mark of an empty slot.
const NAME_SLOTS_UP_TO: usize = 181;

/// The largest table of slots for names: 2^12 slots of a byte.
const NAME_SLOTS_MAX_BITS: u32 = 12;

/// A `NameSlots` index as the macro builds it.
#[derive(Debug)]
struct BuiltSlots {
    seed: u64,
    shift: u32,
    names: NameHash,
    slots: Vec<u8>,
}

/// A `NameSlots` index of `keys` as code, or `None` (see [`build_name_slots`]).
fn name_slots(keys: &[&str]) -> Option<TokenStream> {
    let BuiltSlots {
        seed,
        shift,
        names: NameHash { window, whole },
        slots,
    } = build_name_slots(keys)?;
    let slots = text::written(|out| Bytes(&slots).spell(out));
    Some(quote! {
        __e::NameSlots {
            seed: #seed,
            shift: #shift,
            whole_names: #whole,
            window: #window,
            slots: #slots,
        }
    })
}

/// A `NameSlots` index of `keys`: the smallest table, with at least four slots per key and
/// n^2 / 8 for n keys, for which [`one_level`] finds a seed that gives every key a slot of its
/// own; `None` if there are more than [`NAME_SLOTS_UP_TO`] keys, or no table up to
/// [`NAME_SLOTS_MAX_BITS`] will do.
fn build_name_slots(keys: &[&str]) -> Option<BuiltSlots> {
    if keys.len() > NAME_SLOTS_UP_TO {
        return None;
    }
    let names = name_hash(keys);
    // What the hash reads of each name does not depend on the seed: read once.
    let parts: Vec<[u64; 4]> = keys
        .iter()
        .map(|k| hashed_parts(k.as_bytes(), names.window))
        .collect();
    let hash = |k: usize, seed: u64| {
        hash_parts(
            keys[k].as_bytes(),
            parts[k],
            seed,
            names.window != 0,
            names.whole,
        )
    };
    // A table of m slots takes about e^(n^2 / 2m) seeds for n keys (the birthday bound): start
    // where that is at most e^4, about 55 seeds, rather than try 512 in vain at smaller sizes.
    let n = keys.len();
    let first_bits = (bits_for(n) + 2).max(bits_for(n * n / 8));
    let slot =
        |k: usize, seed: u64, shift: u32| usize::try_from(hash(k, seed) >> shift).unwrap_or(0);
    let (seed, shift) = one_level(n, first_bits..=NAME_SLOTS_MAX_BITS, slot)?;
    let mut slots = vec![u8::MAX; 1 << (64 - shift)];
    for k in 0..n {
        slots[slot(k, seed, shift)] = u8::try_from(k).ok()?;
    }
    Some(BuiltSlots {
        seed,
        shift,
        names,
        slots,
    })
}

/// Whether what the quick hash reads, with a window at `at`, differs for every two keys.
fn tells_apart(keys: &[&str], at: u32) -> bool {
    let parts: Vec<[u64; 4]> = keys
        .iter()
        .map(|k| hashed_parts(k.as_bytes(), at))
        .collect();
    all_different(&parts, |p| {
        splitmix(p[0] ^ p[1].rotate_left(16) ^ p[2].rotate_left(32) ^ p[3].rotate_left(48))
    })
}

/// Whether the hashes differ from each other.
fn distinct(hashes: &[u64]) -> bool {
    all_different(hashes, |h| *h)
}

/// Whether the items differ from each other, found by comparing only items whose `spread`
/// values agree in their top bits: those are grouped by a counting sort, in a few passes
/// rather than a sort (which, run unoptimized as the macro most often is, took 56M
/// instructions for 10,000 hashes, three times an expansion; this takes 15M).
fn all_different<T: PartialEq>(items: &[T], spread: impl Fn(&T) -> u64) -> bool {
    let bits = bits_for(items.len());
    let group = |item: &T| usize::try_from(spread(item) >> (64 - bits)).unwrap_or(0);
    // `starts[g]..starts[g + 1]` will be group `g`'s place in `grouped`.
    let mut starts = vec![0_usize; (1 << bits) + 1];
    for item in items {
        starts[group(item) + 1] += 1;
    }
    for g in 1..starts.len() {
        starts[g] += starts[g - 1];
    }
    let mut next = starts.clone();
    let mut grouped: Vec<Option<&T>> = vec![None; items.len()];
    for item in items {
        let at = &mut next[group(item)];
        grouped[*at] = Some(item);
        *at += 1;
    }
    starts.windows(2).all(|w| {
        let members = &grouped[w[0]..w[1]];
        members
            .iter()
            .enumerate()
            .all(|(i, a)| members[i + 1..].iter().all(|b| a != b))
    })
}

/// The number of bits that address at least `n` places (at least one bit).
fn bits_for(n: usize) -> u32 {
    n.max(2).next_power_of_two().trailing_zeros()
}

/// An index of `n` keys whose hashes `hash` gives (hashing names as `names` says), or `None` if
/// no seed separates them (when two keys hash alike whatever the seed).
fn build(n: usize, names: NameHash, hash: &dyn Fn(usize, u64) -> u64) -> Option<Built> {
    // About two keys a bucket, and slots for one key in 0.8 slots at most.
    let bucket_bits = bits_for(n.div_ceil(2));
    let first_slot_bits = bits_for(n + n / 4);
    (0..SEEDS * 4).find_map(|attempt| {
        // A larger table of slots every SEEDS seeds.
        let slot_bits = first_slot_bits + u32::try_from(attempt / SEEDS).unwrap_or(0);
        let seed = splitmix(attempt);
        try_build(n, seed, bucket_bits, slot_bits, hash).map(|(displacements, slots)| Built {
            seed,
            bucket_shift: 64 - bucket_bits,
            slot_shift: 64 - slot_bits,
            names,
            displacements,
            slots,
        })
    })
}

/// The displacements and slots of an index of `n` keys hashed with `seed`, if a displacement
/// is found for every bucket.
fn try_build(
    n: usize,
    seed: u64,
    bucket_bits: u32,
    slot_bits: u32,
    hash: &dyn Fn(usize, u64) -> u64,
) -> Option<(Vec<u32>, Vec<u32>)> {
    let bucket_shift = 64 - bucket_bits;
    let slot_shift = 64 - slot_bits;
    let hashes: Vec<u64> = (0..n).map(|k| hash(k, seed)).collect();
    // Two keys of the same hash meet whatever the displacement: skip the search, which would
    // try every displacement of their bucket in vain.
    if !distinct(&hashes) {
        return None;
    }
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); 1 << bucket_bits];
    for (k, h) in hashes.iter().enumerate() {
        buckets[usize::try_from(h >> bucket_shift).ok()?].push(k);
    }
    let mut order: Vec<usize> = (0..buckets.len()).collect();
    order.sort_by_key(|b| std::cmp::Reverse(buckets[*b].len()));

    let mut displacements = vec![0_u32; buckets.len()];
    let mut slots = vec![u32::MAX; 1 << slot_bits];
    let mut taken = Vec::new();
    for b in order {
        let keys = &buckets[b];
        if keys.is_empty() {
            break;
        }
        let found = (0..TRIES).find(|d| {
            taken.clear();
            keys.iter().all(|k| {
                let slot = displace(hashes[*k], *d, slot_shift);
                let free = slots[slot] == u32::MAX && !taken.contains(&slot);
                taken.push(slot);
                free
            })
        })?;
        displacements[b] = found;
        for k in keys {
            slots[displace(hashes[*k], found, slot_shift)] = u32::try_from(*k).ok()?;
        }
    }
    // The runtime's lookup is the judge: every key must be found where it was put.
    let all_found = hashes
        .iter()
        .enumerate()
        .all(|(k, h)| lookup(&displacements, &slots, bucket_shift, slot_shift, *h) == k);
    all_found.then_some((displacements, slots))
}

fn splitmix(n: u64) -> u64 {
    let mut z = n.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Built {
    /// The index as an expression of type `__e::Index`.
    fn to_tokens(&self) -> TokenStream {
        let Self {
            seed,
            bucket_shift,
            slot_shift,
            names: NameHash { window, whole },
            displacements,
            slots,
        } = self;
        let displacements = text::decoded(displacements.iter().copied());
        let slots = text::decoded(slots.iter().copied());
        quote! {
            __e::Index {
                seed: #seed,
                bucket_shift: #bucket_shift,
                slot_shift: #slot_shift,
                whole_names: #whole,
                window: #window,
                displacements: &#displacements,
                slots: &#slots,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use errcodes_runtime::__private::{by_slot, find_u32, key_ends, slot_ends, Index, NameSlots};
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn close_codes_get_a_table_over_their_range_and_spread_ones_a_hash() {
        let table = |first, len| {
            Some(Dense {
                first,
                len,
                others: Vec::new(),
            })
        };
        // grpc's 0 to 16; a negative range; 2 codes over 512 (the least a table may cover).
        assert_eq!(dense(&[0, 2, 1]), table(0, 3));
        assert_eq!(dense(&[-2, 1]), table(-2, 4));
        assert_eq!(dense(&[0, 511]), table(0, 512));
        // Twice the number of codes, and no more.
        let spread: Vec<i64> = (0..1000).map(|i| i * 2).collect();
        assert_eq!(dense(&spread), table(0, 1999));
        let spread: Vec<i64> = (0..1000).map(|i| i * 3).collect();
        assert_eq!(dense(&spread), None);
        assert_eq!(dense(&[]), None);
        // Up to four codes far from the others, at either end: curl's 99999.
        let mut curl: Vec<i64> = (0..100).collect();
        curl.insert(50, 99_999);
        let found = dense(&curl).unwrap();
        assert_eq!((found.first, found.len), (0, 100));
        assert_eq!(found.others, [(99_999, 50)]);
        let ends = [-1_000_000, -900_000, 1, 2, 3, 5_000_000, 6_000_000];
        let found = dense(&ends).unwrap();
        assert_eq!((found.first, found.len), (1, 3));
        assert_eq!(found.others.len(), 4);
        // Two codes alone are "close" to each other: the table then covers the first of them.
        assert_eq!(dense(&[0, 512]).map(|d| d.len), Some(1));
        assert_eq!(
            dense(&[i64::from(i32::MIN), i64::from(i32::MAX)]).map(|d| d.len),
            Some(1)
        );
        let ty = Ident::new("E", proc_macro2::Span::call_site());
        let (items, body) = int_codes(&ty, &curl, CodeType::I32);
        assert!(items.to_string().contains("BY_CODE"), "{items}");
        assert!(
            body.to_string().contains("99999 => E :: ALL [50usize]"),
            "{body}"
        );
        let spread: Vec<i64> = (0..100).map(|i| i << 20).collect();
        let (items, _) = int_codes(&ty, &spread, CodeType::U32);
        assert!(items.to_string().contains("CODE_INDEX"), "{items}");
        let (items, _) = int_codes(&ty, &spread[..DIRECT_UP_TO], CodeType::U32);
        assert!(items.to_string().contains("BY_SLOT"), "{items}");
    }

    #[test]
    fn a_hash_of_one_level_gives_each_code_a_slot_of_its_own() {
        let fits = |bits: &[u32]| {
            let (seed, shift) = direct_seed(bits).unwrap();
            let slot_bits = 64 - shift;
            let mut slots: Vec<usize> = bits
                .iter()
                .map(|&b| direct_slot(b, seed, 64 - slot_bits))
                .collect();
            slots.sort_unstable();
            slots.dedup();
            assert_eq!(slots.len(), bits.len(), "{bits:?}");
            assert!(slots.iter().all(|&s| s < 1 << slot_bits));
            1_usize << slot_bits
        };
        // Azure Media Player's 35 keys, in clusters of a few far apart.
        let azure: Vec<u32> = [0x01, 0x02, 0x03, 0x04, 0x05, 0x06]
            .iter()
            .flat_map(|cluster| (0..6).map(move |i| (cluster << 20) | (i * 0x31)))
            .collect();
        assert!(fits(&azure) <= 256);
        let every_bit: Vec<u32> = (0..32).map(|b| 1 << b).chain([0, u32::MAX]).collect();
        fits(&every_bit);
        let strided: Vec<u32> = (0..64).map(|i| (i << 26) | i).collect();
        assert!(fits(&strided) <= 1 << DIRECT_MAX_BITS);
        assert_eq!(direct_seed(&vec![0; DIRECT_UP_TO + 1]), None);
    }

    proptest! {
        /// `all_different` says what a sort would, with few distinct spreads or many, and
        /// with duplicates or none.
        #[test]
        fn all_different_is_what_a_sort_says(
            items in prop::collection::vec(0_u64..64, 0..80),
            spread_bits in 0_u32..8,
        ) {
            let mut sorted = items.clone();
            sorted.sort_unstable();
            let expected = sorted.windows(2).all(|w| w[0] != w[1]);
            // Spreads that agree for many items, so that groups hold several.
            let got = all_different(&items, |x| (x % (1 << spread_bits)) << 58);
            prop_assert_eq!(got, expected);
            prop_assert_eq!(distinct(&items), expected);
        }
    }

    fn leak<T>(v: Vec<T>) -> &'static [T] {
        Vec::leak(v)
    }

    fn index(built: Built) -> Index {
        Index {
            seed: built.seed,
            bucket_shift: built.bucket_shift,
            slot_shift: built.slot_shift,
            whole_names: built.names.whole,
            window: built.names.window,
            displacements: leak(built.displacements),
            slots: leak(built.slots),
        }
    }

    #[test]
    fn every_code_is_found_and_no_other() {
        for n in [1, 2, 3, 7, 100, 1000, 20_000] {
            let keys: Vec<u32> = (0..n).map(|i| 0x2001_0000 + i * 3).collect();
            let index = index(
                build(keys.len(), NameHash::default(), &|k, seed| {
                    hash_code(keys[k], seed)
                })
                .unwrap(),
            );
            for (at, code) in keys.iter().enumerate() {
                assert_eq!(find_u32(&index, &keys, *code), Some(at));
                assert_eq!(find_u32(&index, &keys, code + 1), None);
            }
        }
    }

    #[test]
    fn names_that_share_their_ends_get_a_window_where_they_differ() {
        let keys = ["ERROR_A_X_TIMEOUT", "ERROR_A_Y_TIMEOUT", "E"];
        let built = names_index(&keys).unwrap();
        assert!(!built.names.whole);
        assert!(built.names.window > 0);
        let index = index(built);
        for (at, key) in keys.iter().enumerate() {
            assert_eq!(index.find_str(&keys, key), Some(at));
        }
        assert_eq!(index.find_str(&keys, "ERROR_A_Z_TIMEOUT"), None);
        assert_eq!(index.find_str(&keys, ""), None);
        assert_eq!(
            names_index(&["A", "B", "ERROR_SERVER"])
                .unwrap()
                .names
                .window,
            0
        );
    }

    #[test]
    fn names_whose_length_and_last_bytes_cancel_out_are_told_apart() {
        // 'K' ^ 'A' == 39 ^ 45: a hash that xors the length into the last bytes met here.
        let keys = [
            "ERROR_SERVER_MPS_SIGNATURE_CHECK_FAILED",
            "ERROR_SERVER_MPS_SIGNATURE_CHECK_MEDIA_FAILED",
        ];
        let index = index(names_index(&keys).unwrap());
        assert_eq!(index.find_str(&keys, keys[0]), Some(0));
        assert_eq!(index.find_str(&keys, keys[1]), Some(1));
    }

    #[test]
    fn names_that_differ_only_high_in_their_ends_keep_the_smallest_table() {
        // Shaped as errcodes-bench's synthetic names: every seed met a pair of 100,000 such
        // names whose hashes were equal, and the table of slots grew eightfold.
        let subjects = [
            "NETWORK",
            "SERVER",
            "DECODER",
            "RENDER",
            "STORAGE",
            "LICENSE",
            "PLAYLIST",
            "SEGMENT",
            "MANIFEST",
            "TOKEN",
            "UPLOAD",
            "TRANSCODE",
        ];
        let problems = [
            "TIMEOUT",
            "NOT_FOUND",
            "INVALID",
            "DENIED",
            "CORRUPTED",
            "UNSUPPORTED",
            "BUSY",
            "EXPIRED",
        ];
        let names: Vec<String> = (0..100_000_u64)
            .map(|i| {
                let r = splitmix(i);
                let subject = subjects[usize::try_from(r % 12).unwrap()];
                let problem = problems[usize::try_from((r >> 32) % 8).unwrap()];
                format!("ERROR_{subject}_{problem}_{i}")
            })
            .collect();
        let keys: Vec<&str> = names.iter().map(String::as_str).collect();
        let built = names_index(&keys).unwrap();
        assert_eq!(
            built.slots.len(),
            1 << bits_for(keys.len() + keys.len() / 4)
        );
        let index = index(built);
        for (at, key) in keys.iter().enumerate().step_by(997) {
            assert_eq!(index.find_str(&keys, key), Some(at));
        }
    }

    #[test]
    fn keys_of_the_same_ends_whose_lengths_differ_by_one_are_found() {
        // The hash takes the length into its top byte with no product of the seed: two such
        // keys hash alike but in that byte, whatever the seed, and the index parts them there,
        // with no window of eight more bytes to read.
        for n in [65, 100, NAME_SLOTS_UP_TO + 1, 400] {
            let mut names: Vec<String> = (0..n).map(|i| format!("E{i}_{i}")).collect();
            names.push("ERROR_ABCD_TIMEOUT".to_owned());
            names.push("ERROR_ABCDE_TIMEOUT".to_owned());
            names.push("ERROR_ABCDEF_TIMEOUT".to_owned());
            let keys: Vec<&str> = names.iter().map(String::as_str).collect();
            if let Some(built) = build_name_slots(&keys) {
                assert_eq!(built.names, NameHash::default());
                let slots = name_slots_of(built);
                let ends = ends_of(&keys);
                finds_keys_only(&|text| slots.find_str_ends(&keys, &ends, text), &keys);
            }
            let built = names_index(&keys).unwrap();
            assert_eq!(built.names, NameHash::default());
            let index = index(built);
            finds_keys_only(&|text| index.find_str(&keys, text), &keys);
            // The generated code's lookup of up to `ENDS_UP_TO` keys.
            let ends = ends_of(&keys);
            finds_keys_only(&|text| index.find_str_ends(&keys, &ends, text), &keys);
        }
    }

    #[test]
    fn keys_laid_out_by_slot_are_found_at_their_slot() {
        // The generated code's lookup of `NAME_SLOTS_UP_TO + 1` to `ENDS_UP_TO` names: the
        // keys, their ends and their values laid out by slot, read at the slot the hash gives;
        // for names the quick hash tells apart, and for names that agree on their ends and
        // length, which it tells apart by a window.
        let mut plain: Vec<String> = (0..400).map(|i| format!("E{i}_TIMEOUT")).collect();
        plain.extend(["E_A_7", "E_AB_7", "E_ABC_7", "ERROR_ABCD_TIMEOUT"].map(String::from));
        let same_ends: Vec<String> = (0..400)
            .map(|i| format!("ERRORS__{i:04}__TIMEOUT!"))
            .collect();
        for (names, windowed) in [(plain, false), (same_ends, true)] {
            let keys: Vec<&str> = names.iter().map(String::as_str).collect();
            let index = index(names_index(&keys).unwrap());
            assert_eq!(index.window > 0, windowed);
            assert_eq!(index.slots.len(), 512);
            let keys_by_slot = by_slot::<&str, 512>(&keys, index.slots);
            let ends = slot_ends::<512>(&keys, index.slots);
            assert_eq!(ends, key_ends::<512>(&keys_by_slot));
            let positions: Vec<usize> = (0..keys.len()).collect();
            let positions = by_slot::<usize, 512>(&positions, index.slots);
            finds_keys_only(
                &|text| {
                    index
                        .find_slot_ends(&keys_by_slot, &ends, text)
                        .map(|slot| positions[slot])
                },
                &keys,
            );
        }
    }

    /// The first and last eight bytes of each key, as `key_ends` makes them for generated code.
    fn ends_of(keys: &[&str]) -> Vec<[u64; 2]> {
        keys.iter()
            .map(|key| {
                let [first, last, ..] = hashed_parts(key.as_bytes(), 0);
                [first, last]
            })
            .collect()
    }

    #[test]
    fn keys_that_no_seed_separates_give_up_instead_of_looping() {
        assert!(names_index(&["SAME", "SAME"]).is_none());
        assert!(build(2, NameHash::default(), &|_, seed| seed).is_none());
    }

    fn name_slots_of(built: BuiltSlots) -> NameSlots {
        NameSlots {
            seed: built.seed,
            shift: built.shift,
            whole_names: built.names.whole,
            window: built.names.window,
            slots: leak(built.slots),
        }
    }

    /// Every key is found at its position, and texts near the keys are not found.
    fn finds_keys_only(find: &dyn Fn(&str) -> Option<usize>, keys: &[&str]) {
        for (at, key) in keys.iter().enumerate() {
            assert_eq!(find(key), Some(at), "{key}");
            for other in [
                format!("{key}_"),
                key[1..].to_owned(),
                key.to_lowercase(),
                key.replacen('_', "-", 1),
            ] {
                if !keys.contains(&other.as_str()) {
                    assert_eq!(find(&other), None, "{other}");
                }
            }
        }
        assert_eq!(find(""), None);
    }

    #[test]
    fn a_few_hundred_names_get_slots_of_one_level() {
        for n in [1, 2, 65, 126, 160, NAME_SLOTS_UP_TO] {
            let names: Vec<String> = (0..n)
                .map(|i| format!("ERROR_SERVER_{i}_TIMEOUT"))
                .collect();
            let keys: Vec<&str> = names.iter().map(String::as_str).collect();
            let built = build_name_slots(&keys).unwrap();
            assert!(built.slots.len() <= 1 << NAME_SLOTS_MAX_BITS);
            let slots = name_slots_of(built);
            // The generated code's lookup, with the keys' ends read beforehand.
            let ends = ends_of(&keys);
            finds_keys_only(&|text| slots.find_str_ends(&keys, &ends, text), &keys);
        }
        let too_many: Vec<String> = (0..=NAME_SLOTS_UP_TO).map(|i| format!("E{i}")).collect();
        let too_many: Vec<&str> = too_many.iter().map(String::as_str).collect();
        assert!(build_name_slots(&too_many).is_none());
        assert!(build_name_slots(&["SAME", "SAME"]).is_none());
        // Names the quick hash cannot tell apart without a window.
        let keys = ["ERROR_A_X_TIMEOUT", "ERROR_A_Y_TIMEOUT", "E"];
        let built = build_name_slots(&keys).unwrap();
        assert!(built.names.window > 0);
        let slots = name_slots_of(built);
        let ends = ends_of(&keys);
        finds_keys_only(&|text| slots.find_str_ends(&keys, &ends, text), &keys);
    }

    #[test]
    fn every_bundled_catalog_gets_its_indexes() {
        for (name, text) in errcodes_catalog::BUNDLED {
            let source = errcodes_catalog::Source::new(name, text);
            let catalog = errcodes_catalog::load(&source).unwrap();
            let keys: Vec<&str> = catalog.entries.iter().map(|e| e.name.as_str()).collect();
            let index = index(names_index(&keys).unwrap());
            finds_keys_only(&|text| index.find_str(&keys, text), &keys);
            let built = build_name_slots(&keys);
            assert_eq!(built.is_some(), keys.len() <= NAME_SLOTS_UP_TO, "{name}");
            if let Some(built) = built {
                let slots = name_slots_of(built);
                let ends = ends_of(&keys);
                finds_keys_only(&|text| slots.find_str_ends(&keys, &ends, text), &keys);
            }
        }
    }
}
