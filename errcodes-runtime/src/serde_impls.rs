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

/// Deserializes a numeric catalog's error from its number; any number of the code type is
/// accepted, so that `Unknown` survives a round trip.
pub fn deserialize_numeric<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: NumericErrorCode,
    T::Code: Deserialize<'de>,
    D: Deserializer<'de>,
{
    T::Code::deserialize(deserializer).map(T::from_code)
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
