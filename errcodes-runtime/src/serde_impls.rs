//! serde for generated types (through helpers that generated code calls) and for
//! [`MaybeKnown`](crate::MaybeKnown).

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::{ErrorCode, NumericErrorCode, StringErrorCode};

/// Serializes an error as its code: the number, or the string.
pub fn serialize<T, S>(error: &T, serializer: S) -> Result<S::Ok, S::Error>
where
    T: ErrorCode,
    T::Code: Serialize,
    S: Serializer,
{
    error.code().serialize(serializer)
}

/// Deserializes a numeric catalog's error from its number, any number of the code type, so that
/// `Unknown` survives a round trip; or, in a format that people read (JSON, TOML, YAML: where
/// `is_human_readable()`), from a definition name or alias too (`"NOT_FOUND"`).
pub fn deserialize_numeric<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: NumericErrorCode,
    T::Code: Deserialize<'de> + TryFrom<u64> + TryFrom<i64>,
    D: Deserializer<'de>,
{
    if deserializer.is_human_readable() {
        // Such formats say what they hold; compact ones (bincode, postcard) may not, and are
        // read as the number alone.
        deserializer.deserialize_any(NumberOrNameVisitor::<T>(PhantomData))
    } else {
        T::Code::deserialize(deserializer).map(T::from_code)
    }
}

struct NumberOrNameVisitor<T>(PhantomData<T>);

impl<T> Visitor<'_> for NumberOrNameVisitor<T>
where
    T: NumericErrorCode,
    T::Code: TryFrom<u64> + TryFrom<i64>,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error code as a number, or a definition name of the catalog")
    }

    fn visit_u64<E: de::Error>(self, code: u64) -> Result<T, E> {
        T::Code::try_from(code)
            .map(T::from_code)
            .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(code), &self))
    }

    fn visit_i64<E: de::Error>(self, code: i64) -> Result<T, E> {
        T::Code::try_from(code)
            .map(T::from_code)
            .map_err(|_| E::invalid_value(de::Unexpected::Signed(code), &self))
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<T, E> {
        T::from_name(name).ok_or_else(|| match T::ALL.first().and_then(|e| e.name()) {
            Some(example) => E::custom(format_args!(
                "unknown error name {name:?}: expected a definition name of the catalog, such \
                 as {example:?}, or the code as a number"
            )),
            None => E::invalid_value(de::Unexpected::Str(name), &self),
        })
    }
}

/// Deserializes a string catalog's error from its code; a code the catalog does not list is an
/// error (use [`MaybeKnown`](crate::MaybeKnown) to keep it instead).
pub fn deserialize_string<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: StringErrorCode,
    D: Deserializer<'de>,
{
    deserializer.deserialize_str(CodeVisitor::<T>(PhantomData))
}

struct CodeVisitor<T>(PhantomData<T>);

impl<T: StringErrorCode> Visitor<'_> for CodeVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error code listed in the catalog")
    }

    fn visit_str<E: de::Error>(self, code: &str) -> Result<T, E> {
        T::from_code(code).ok_or_else(|| E::invalid_value(de::Unexpected::Str(code), &self))
    }
}

#[cfg(feature = "alloc")]
mod maybe_known {
    use super::{
        de, fmt, Deserialize, Deserializer, Serialize, Serializer, StringErrorCode, Visitor,
    };
    use crate::MaybeKnown;
    use core::marker::PhantomData;

    impl<T: StringErrorCode> Serialize for MaybeKnown<T> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.code())
        }
    }

    impl<'de, T: StringErrorCode> Deserialize<'de> for MaybeKnown<T> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_str(MaybeKnownVisitor::<T>(PhantomData))
        }
    }

    struct MaybeKnownVisitor<T>(PhantomData<T>);

    impl<T: StringErrorCode> Visitor<'_> for MaybeKnownVisitor<T> {
        type Value = MaybeKnown<T>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an error code string")
        }

        fn visit_str<E: de::Error>(self, code: &str) -> Result<Self::Value, E> {
            Ok(MaybeKnown::from_code(code))
        }
    }
}
