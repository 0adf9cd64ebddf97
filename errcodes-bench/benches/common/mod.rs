#![allow(unused_macros)] // each bench uses the macros of its shape only

//! The cases every catalog is measured on, written once for all catalogs: each bench file
//! includes its catalog's module (the generated type `Generated`, the anchors `hand`, `derive`
//! and `map`, and the inputs) and calls one of these macros.

/// What a caller reads of a parse into a type of integer codes: whether it succeeded, and
/// whether the code is a known entry. Reading the first alone let LLVM drop the lookup of the
/// code from a hand-written `FromStr`, whose `from_code` cannot fail (until 2026-12-05).
#[allow(dead_code)] // the benches of string codes parse into types without `Unknown`
pub(crate) fn parsed<E>(result: Result<bool, E>) -> u64 {
    match result {
        Ok(known) => 1 + u64::from(known),
        Err(_) => 0,
    }
}

/// What a caller does with a text: reads it, so both its address and its length count. Reading
/// the length alone let LLVM make a hand-written `match` of texts into a table of lengths, or
/// into nothing where every text has the same length (`sqlstate`'s codes), until 2026-12-06 for
/// `message()` and a string `code()`.
pub(crate) fn sum_str(s: &str) -> u64 {
    (s.as_ptr() as usize + s.len()) as u64
}

/// [`sum_str`] of an optional text, 0 for none.
pub(crate) fn sum_opt(s: Option<&str>) -> u64 {
    s.map_or(0, sum_str)
}

/// Cases shared by every shape: facts of a value, lookup by name and alias, `Display`.
/// `$values` are inputs of each implementation as values of its type.
macro_rules! fact_cases {
    ($cases:ident, $cat:ident, $gen:ident, $hand:ident) => {{
        use crate::common::{sum_opt, sum_str};
        use std::fmt::Write as _;
        use std::hint::black_box;
        $cases.push(
            Case::new("name()", $gen.len())
                .with("errcodes", || {
                    $gen.iter().map(|e| sum_opt(black_box(e).name())).sum()
                })
                .with("hand match", || {
                    $hand.iter().map(|e| sum_opt(black_box(e).name())).sum()
                }),
        );
        $cases.push(
            Case::new("message()", $gen.len())
                .with("errcodes", || {
                    $gen.iter().map(|e| sum_str(black_box(e).message())).sum()
                })
                .with("hand match", || {
                    $hand.iter().map(|e| sum_str(black_box(e).message())).sum()
                }),
        );
        if <Generated as errcodes::ErrorCode>::LOCALES.len() > 1 {
            let locale = if <Generated as errcodes::ErrorCode>::LOCALES[1] == "zh" {
                "zh-CN"
            } else {
                <Generated as errcodes::ErrorCode>::LOCALES[1]
            };
            $cases.push(
                Case::new("message_in(2nd locale)", $gen.len())
                    .with("errcodes", move || {
                        $gen.iter()
                            .map(|e| sum_opt(black_box(e).message_in(black_box(locale))))
                            .sum()
                    })
                    .with("hand match", move || {
                        $hand
                            .iter()
                            .map(|e| sum_opt(black_box(e).message_in(black_box(locale))))
                            .sum()
                    }),
            );
        }
        $cases.push(
            Case::new("group()", $gen.len())
                .with("errcodes", || {
                    $gen.iter().map(|e| sum_opt(black_box(e).group())).sum()
                })
                .with("hand match", || {
                    $hand.iter().map(|e| sum_opt(black_box(e).group())).sum()
                }),
        );
        $cases.push(
            Case::new("http_status()", $gen.len())
                .with("errcodes", || {
                    $gen.iter()
                        .map(|e| u64::from(black_box(e).http_status().unwrap_or(1)))
                        .sum()
                })
                .with("hand match", || {
                    $hand
                        .iter()
                        .map(|e| u64::from(black_box(e).http_status().unwrap_or(1)))
                        .sum()
                }),
        );
        $cases.push(
            Case::new("is_retryable()", $gen.len())
                .with("errcodes", || {
                    $gen.iter()
                        .map(|e| u64::from(black_box(e).is_retryable()))
                        .sum()
                })
                .with("hand match", || {
                    $hand
                        .iter()
                        .map(|e| u64::from(black_box(e).is_retryable()))
                        .sum()
                }),
        );
        let (gen_buffer, hand_buffer) = (
            std::cell::RefCell::new(String::with_capacity(512)),
            std::cell::RefCell::new(String::with_capacity(512)),
        );
        $cases.push(
            Case::new("Display (reused buffer)", $gen.len())
                .with("errcodes", move || {
                    let mut b = gen_buffer.borrow_mut();
                    $gen.iter()
                        .map(|e| {
                            b.clear();
                            let _ = write!(b, "{}", black_box(e));
                            b.len() as u64
                        })
                        .sum()
                })
                .with("hand match", move || {
                    let mut b = hand_buffer.borrow_mut();
                    $hand
                        .iter()
                        .map(|e| {
                            b.clear();
                            let _ = write!(b, "{}", black_box(e));
                            b.len() as u64
                        })
                        .sum()
                }),
        );
    }};
}

/// Name and alias lookups, through `FromStr` (and `from_name`, `EnumString`, `HashMap::get`).
macro_rules! name_cases {
    ($cases:ident, $cat:ident, $by_name:ident, derive: $($derive:ty)?) => {{
        use std::hint::black_box;
        for (op, texts) in [("FromStr by name", $cat::NAMES), ("FromStr by alias", $cat::ALIASES)] {
            if texts.is_empty() {
                continue;
            }
            let mut case = Case::new(op, texts.len())
                .with("errcodes", move || texts.iter().map(|t| crate::common::parsed(black_box(t).parse::<Generated>().map(|e| e.is_known()))).sum())
                .with("hand match", move || texts.iter().map(|t| crate::common::parsed(black_box(t).parse::<$cat::hand::Hand>().map(|e| !matches!(e, $cat::hand::Hand::Unknown(_))))).sum())
                .with("HashMap", || texts.iter().map(|t| u64::from($by_name.get(black_box(t)).is_some())).sum());
            $( case = case.with("strum", move || texts.iter().map(|t| crate::common::parsed(black_box(t).parse::<$derive>().map(|_| true))).sum()); )? // strum never gives the catch-all
            $cases.push(case);
        }
        // The lookup of names alone, as strum's `FromStr` is: errcodes' and the hand-written
        // `FromStr` also parse numbers, which shapes their code even when the text is a name.
        let names = $cat::NAMES;
        let mut case = Case::new("from_name", names.len())
            .with("errcodes", move || names.iter().map(|t| u64::from(Generated::from_name(black_box(t)).is_some())).sum())
            .with("hand match", move || names.iter().map(|t| u64::from($cat::hand::Hand::from_name(black_box(t)).is_some())).sum());
        $( case = case.with("strum", move || names.iter().map(|t| crate::common::parsed(black_box(t).parse::<$derive>().map(|_| true))).sum()); )?
        $cases.push(case);
    }};
}

/// Every case of a catalog of integer codes.
macro_rules! numeric_benches {
    ($cat:ident $(, layout: $high:expr, $($field:ident),*)?) => {
        use errcodes_bench::harness::{run, Case};
        use std::hint::black_box;
        use $cat::Generated;

        fn main() {
            let by_code = $cat::map::by_code();
            let by_name = $cat::map::by_name();
            let gen: Vec<Generated> = $cat::CODES.iter().map(|&c| Generated::from_code(c)).collect();
            let hand: Vec<$cat::hand::Hand> = $cat::CODES.iter().map(|&c| $cat::hand::Hand::from_code(c)).collect();
            let derived: Vec<$cat::derive::Derived> = $cat::CODES.iter().map(|&c| $cat::derive::Derived::from(c)).collect();
            let (gen, hand, derived) = (&gen, &hand, &derived);
            let codes = $cat::CODES;
            let mut cases = vec![
                Case::new("from_code", codes.len())
                    .with("errcodes", || codes.iter().map(|&c| u64::from(Generated::from_code(black_box(c)).is_known())).sum())
                    .with("hand match", || codes.iter().map(|&c| u64::from(!matches!($cat::hand::Hand::from_code(black_box(c)), $cat::hand::Hand::Unknown(_)))).sum())
                    .with("num_enum", || codes.iter().map(|&c| u64::from(!matches!($cat::derive::Derived::from(black_box(c)), $cat::derive::Derived::Unknown(_)))).sum())
                    .with("HashMap", || codes.iter().map(|&c| u64::from(by_code.get(&black_box(c)).is_some())).sum()),
                Case::new("code()", gen.len())
                    .with("errcodes", || gen.iter().map(|e| black_box(e).code() as u64).sum())
                    .with("hand match", || hand.iter().map(|e| black_box(e).code() as u64).sum())
                    .with("num_enum (unsafe)", || derived.iter().map(|e| { let c: <Generated as errcodes::ErrorCode>::Code = (*black_box(e)).into(); c as u64 }).sum()),
            ];
            fact_cases!(cases, $cat, gen, hand);
            name_cases!(cases, $cat, by_name, derive: $cat::derive::Derived);
            for (op, texts) in [("FromStr hex", $cat::HEX), ("FromStr decimal", $cat::DECIMAL)] {
                cases.push(
                    Case::new(op, texts.len())
                        .with("errcodes", move || texts.iter().map(|t| crate::common::parsed(black_box(t).parse::<Generated>().map(|e| e.is_known()))).sum())
                        .with("hand match", move || texts.iter().map(|t| crate::common::parsed(black_box(t).parse::<$cat::hand::Hand>().map(|e| !matches!(e, $cat::hand::Hand::Unknown(_))))).sum()),
                );
            }
            let hex = $cat::HEX;
            cases.push(
                Case::new("from_hex", hex.len())
                    .with("errcodes", move || hex.iter().map(|t| crate::common::parsed(Generated::from_hex(black_box(t)).map(|e| e.is_known()))).sum())
                    .with("hand match", move || hex.iter().map(|t| crate::common::parsed($cat::hand::Hand::from_hex(black_box(t)).map(|e| !matches!(e, $cat::hand::Hand::Unknown(_))))).sum()),
            );
            $( layout_cases!(cases, $cat, $high, $($field),*); )?
            run(stringify!($cat), $cat::NAMES.len(), &cases);
        }
    };
}

/// What a layout adds: `kind()` and the field accessors, on the codes with their other bits
/// set as a real code has them (`$high`, or-ed into every code). `kind()` is timed from the code
/// (`from_code(c).kind()`, against the hand-written `from_code` of the key bits); an accessor on
/// a value of the type, made beforehand, against the hand-written accessor on the code, which
/// is what a hand-written program keeps (from 2026-12-05; before, the generated side timed
/// `from_code(c)` and the accessor together).
macro_rules! layout_cases {
    ($cases:ident, $cat:ident, $high:expr, $($field:ident),*) => {{
        use std::hint::black_box;
        let full: &'static [<Generated as errcodes::ErrorCode>::Code] = Box::leak($cat::CODES.iter().map(|c| c | $high).collect::<Vec<_>>().into_boxed_slice());
        $cases.push(
            Case::new("kind()", full.len())
                .with("errcodes", move || full.iter().map(|&c| u64::from(Generated::from_code(black_box(c)).kind().is_known())).sum())
                .with("hand match", move || full.iter().map(|&c| u64::from(!matches!($cat::hand::Hand::from_code($cat::fields::key(black_box(c))), $cat::hand::Hand::Unknown(_)))).sum()),
        );
        let values: &'static [Generated] = Box::leak(full.iter().map(|&c| Generated::from_code(c)).collect::<Vec<_>>().into_boxed_slice());
        $(
            $cases.push(
                Case::new(concat!(stringify!($field), "()"), full.len())
                    .with("errcodes", move || values.iter().map(|e| { let v = black_box(e).$field(); black_box(&v); 1 }).sum())
                    .with("hand match", move || full.iter().map(|&c| { let v = $cat::fields::$field(black_box(c)); black_box(&v); 1 }).sum()),
            );
        )*
    }};
}

/// Every case of a catalog of string codes.
macro_rules! string_benches {
    ($cat:ident) => {
        use errcodes_bench::harness::{run, Case};
        use std::hint::black_box;
        use $cat::Generated;

        fn main() {
            let by_code = $cat::map::by_code();
            let by_name = $cat::map::by_name();
            let codes = $cat::CODES;
            let gen: Vec<Generated> = codes
                .iter()
                .filter_map(|c| Generated::from_code(c))
                .collect();
            let hand: Vec<$cat::hand::Hand> = codes
                .iter()
                .filter_map(|c| $cat::hand::Hand::from_code(c))
                .collect();
            let (gen, hand) = (&gen, &hand);
            let mut cases = vec![
                Case::new("from_code", codes.len())
                    .with("errcodes", || {
                        codes
                            .iter()
                            .map(|c| u64::from(Generated::from_code(black_box(c)).is_some()))
                            .sum()
                    })
                    .with("hand match", || {
                        codes
                            .iter()
                            .map(|c| u64::from($cat::hand::Hand::from_code(black_box(c)).is_some()))
                            .sum()
                    })
                    .with("strum", || {
                        codes
                            .iter()
                            .map(|c| {
                                u64::from(black_box(c).parse::<$cat::derive::Derived>().is_ok())
                            })
                            .sum()
                    })
                    .with("HashMap", || {
                        codes
                            .iter()
                            .map(|c| u64::from(by_code.get(black_box(c)).is_some()))
                            .sum()
                    }),
                Case::new("FromStr by code", codes.len())
                    .with("errcodes", || {
                        codes
                            .iter()
                            .map(|c| u64::from(black_box(c).parse::<Generated>().is_ok()))
                            .sum()
                    })
                    .with("hand match", || {
                        codes
                            .iter()
                            .map(|c| {
                                u64::from(
                                    $cat::hand::Hand::from_code(black_box(c))
                                        .or_else(|| $cat::hand::Hand::from_name(c))
                                        .is_some(),
                                )
                            })
                            .sum()
                    })
                    .with("strum", || {
                        codes
                            .iter()
                            .map(|c| {
                                u64::from(black_box(c).parse::<$cat::derive::Derived>().is_ok())
                            })
                            .sum()
                    }),
                Case::new("code()", gen.len())
                    .with("errcodes", || {
                        gen.iter()
                            .map(|e| crate::common::sum_str(black_box(e).code()))
                            .sum()
                    })
                    .with("hand match", || {
                        hand.iter()
                            .map(|e| crate::common::sum_str(black_box(e).code()))
                            .sum()
                    }),
            ];
            fact_cases!(cases, $cat, gen, hand);
            let _ = &by_name;
            run(stringify!($cat), $cat::NAMES.len(), &cases);
        }
    };
}
