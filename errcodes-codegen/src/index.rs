//! Builds the perfect hash indexes that generated lookups read (`errcodes_runtime::__private::
//! Index`): for each bucket of keys, a displacement that sends every key to a slot of its own.

use errcodes_runtime::__private::{displace, hash_code, hash_str, lookup};
use proc_macro2::TokenStream;
use quote::quote;

/// An index as the macro builds it, before it is written out as code.
#[derive(Debug)]
pub(crate) struct Built {
    seed: u64,
    bucket_shift: u32,
    slot_shift: u32,
    whole_names: bool,
    displacements: Vec<u32>,
    slots: Vec<u32>,
}

/// How many displacements are tried for one bucket before a new seed is drawn.
const TRIES: u32 = 1 << 16;
/// How many seeds are tried before the table of slots is made twice as large.
const SEEDS: u64 = 16;

/// The index of integer codes (each given as its 32 bits).
pub(crate) fn codes(bits: &[u32]) -> Built {
    build(bits.len(), false, &|k, seed| hash_code(bits[k], seed))
}

/// The index of names, or of string codes.
pub(crate) fn names(keys: &[&str]) -> Built {
    // The quick hash reads a name's length and its first and last eight bytes; when two keys
    // agree on those, no seed can tell them apart, so the whole name is hashed.
    let mut ends: Vec<(usize, &[u8], &[u8])> = keys
        .iter()
        .map(|k| {
            let b = k.as_bytes();
            (
                b.len(),
                &b[..b.len().min(8)],
                &b[b.len().saturating_sub(8)..],
            )
        })
        .collect();
    ends.sort_unstable();
    let whole = ends.windows(2).any(|w| w[0] == w[1]);
    build(keys.len(), whole, &|k, seed| hash_str(keys[k], seed, whole))
}

/// The number of bits that address at least `n` places (at least one bit).
fn bits_for(n: usize) -> u32 {
    n.max(2).next_power_of_two().trailing_zeros()
}

fn build(n: usize, whole_names: bool, hash: &dyn Fn(usize, u64) -> u64) -> Built {
    // About two keys a bucket, and slots for one key in 0.8 slots at most.
    let bucket_bits = bits_for(n.div_ceil(2));
    let mut slot_bits = bits_for(n + n / 4);
    let mut attempt = 0_u64;
    loop {
        let seed = splitmix(attempt);
        if let Some(built) = try_build(n, seed, bucket_bits, slot_bits, whole_names, hash) {
            return built;
        }
        attempt += 1;
        if attempt % SEEDS == 0 {
            slot_bits += 1;
        }
    }
}

fn try_build(
    n: usize,
    seed: u64,
    bucket_bits: u32,
    slot_bits: u32,
    whole_names: bool,
    hash: &dyn Fn(usize, u64) -> u64,
) -> Option<Built> {
    let bucket_shift = 64 - bucket_bits;
    let slot_shift = 64 - slot_bits;
    let hashes: Vec<u64> = (0..n).map(|k| hash(k, seed)).collect();
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
    let built = Built {
        seed,
        bucket_shift,
        slot_shift,
        whole_names,
        displacements,
        slots,
    };
    // The runtime's lookup is the judge: every key must be found where it was put.
    let all_found = hashes.iter().enumerate().all(|(k, h)| {
        lookup(
            &built.displacements,
            &built.slots,
            bucket_shift,
            slot_shift,
            *h,
        ) == k
    });
    all_found.then_some(built)
}

fn splitmix(n: u64) -> u64 {
    let mut z = n.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Built {
    /// The index as an expression of type `__e::Index`.
    pub(crate) fn to_tokens(&self) -> TokenStream {
        let Self {
            seed,
            bucket_shift,
            slot_shift,
            whole_names,
            displacements,
            slots,
        } = self;
        quote! {
            __e::Index {
                seed: #seed,
                bucket_shift: #bucket_shift,
                slot_shift: #slot_shift,
                whole_names: #whole_names,
                displacements: &[#(#displacements),*],
                slots: &[#(#slots),*],
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use errcodes_runtime::__private::{find_u32, Index};

    use super::*;

    fn leak<T>(v: Vec<T>) -> &'static [T] {
        Vec::leak(v)
    }

    fn index(built: Built) -> Index {
        Index {
            seed: built.seed,
            bucket_shift: built.bucket_shift,
            slot_shift: built.slot_shift,
            whole_names: built.whole_names,
            displacements: leak(built.displacements),
            slots: leak(built.slots),
        }
    }

    #[test]
    fn every_code_is_found_and_no_other() {
        for n in [1, 2, 3, 7, 100, 1000, 20_000] {
            let keys: Vec<u32> = (0..n).map(|i| 0x2001_0000 + i * 3).collect();
            let index = index(codes(&keys));
            for (at, code) in keys.iter().enumerate() {
                assert_eq!(find_u32(&index, &keys, *code), Some(at));
                assert_eq!(find_u32(&index, &keys, code + 1), None);
            }
        }
    }

    #[test]
    fn names_that_share_their_ends_are_hashed_whole() {
        let keys = ["ERROR_A_X_TIMEOUT", "ERROR_A_Y_TIMEOUT", "E"];
        let built = names(&keys);
        assert!(built.whole_names);
        let index = index(built);
        for (at, key) in keys.iter().enumerate() {
            assert_eq!(index.find_str(&keys, key), Some(at));
        }
        assert_eq!(index.find_str(&keys, "ERROR_A_Z_TIMEOUT"), None);
        assert_eq!(index.find_str(&keys, ""), None);
        assert!(!names(&["A", "B", "ERROR_SERVER"]).whole_names);
    }
}
