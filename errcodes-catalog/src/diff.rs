//! What changed between two versions of a catalog, and which changes break the users of the
//! type generated from it.

use crate::model::{Catalog, Entry};

/// One difference between two versions of a catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// What kind of change it is.
    pub kind: ChangeKind,
    /// The entry's name in the new catalog (in the old one for a removed entry); empty for a
    /// change of the catalog itself.
    pub name: String,
    /// What it was, as people read it.
    pub old: Option<String>,
    /// What it is, as people read it.
    pub new: Option<String>,
    /// Whether code that uses the generated type may stop compiling, or change meaning.
    pub breaking: bool,
    /// Why it breaks, or what it changes for users.
    pub note: String,
}

/// The kinds of [`Change`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChangeKind {
    /// The generated type has another name.
    TypeName,
    /// The codes have another type.
    CodeType,
    /// The catalog's codes are built from other bit fields, or no longer from bit fields.
    Layout,
    /// A locale was added.
    LocaleAdded,
    /// A locale was removed.
    LocaleRemoved,
    /// A new entry.
    Added,
    /// An entry is gone.
    Removed,
    /// An entry has a new name, with the same code.
    Renamed,
    /// An entry has a new code, with the same name.
    Recoded,
    /// An entry's variant has another name.
    VariantRenamed,
    /// A message changed.
    Message,
    /// An entry has a new alias.
    AliasAdded,
    /// An entry lost an alias.
    AliasRemoved,
    /// An entry's HTTP status, retryable flag or group changed.
    Facts,
}

impl ChangeKind {
    /// A short lowercase word for the kind, for tables and JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::TypeName => "type-name",
            Self::CodeType => "code-type",
            Self::Layout => "layout",
            Self::LocaleAdded => "locale-added",
            Self::LocaleRemoved => "locale-removed",
            Self::Added => "added",
            Self::Removed => "removed",
            Self::Renamed => "renamed",
            Self::Recoded => "re-coded",
            Self::VariantRenamed => "variant-renamed",
            Self::Message => "message",
            Self::AliasAdded => "alias-added",
            Self::AliasRemoved => "alias-removed",
            Self::Facts => "facts",
        }
    }
}

/// Every difference between `old` and `new`, the catalog's own first, then the entries' in the
/// order of `new` (removed entries last).
///
/// Entries are matched by name; an entry whose name is gone but whose code is still there under
/// a new name is renamed. A change breaks users when code that names the generated type, a
/// variant, an alias's constant or a field accessor may stop compiling, or when a code they
/// hold comes to mean another entry: a changed type name or code type, a removed entry or
/// alias, a renamed variant, a changed code, a changed layout.
///
/// ```
/// use errcodes_catalog::{diff, load, ChangeKind, Source};
///
/// let old = "[catalog]\ntype_name = \"E\"\ntitle = \"E.\"\ncode_type = \"u32\"\nlocales = [\"en\"]\n\
///            [[error]]\nname = \"A\"\ncode = 1\nmessage.en = \"a\"\n";
/// let new = old.replace("code = 1", "code = 2");
/// let old = load(&Source::new("old.toml", old)).unwrap();
/// let new = load(&Source::new("new.toml", &new)).unwrap();
/// let changes = diff(&old, &new);
/// assert_eq!(changes[0].kind, ChangeKind::Recoded);
/// assert!(changes[0].breaking);
/// ```
pub fn diff(old: &Catalog, new: &Catalog) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |kind, name: &str, old: Option<String>, new: Option<String>, note: &str| {
        let breaking = matches!(
            kind,
            ChangeKind::TypeName
                | ChangeKind::CodeType
                | ChangeKind::Layout
                | ChangeKind::Removed
                | ChangeKind::Recoded
                | ChangeKind::VariantRenamed
                | ChangeKind::AliasRemoved
        );
        changes.push(Change {
            kind,
            name: name.to_owned(),
            old,
            new,
            breaking,
            note: note.to_owned(),
        });
    };

    if old.type_name != new.type_name {
        push(
            ChangeKind::TypeName,
            "",
            Some(old.type_name.clone()),
            Some(new.type_name.clone()),
            "code that names the type must use the new name",
        );
    }
    if old.code_type != new.code_type {
        push(
            ChangeKind::CodeType,
            "",
            Some(old.code_type.rust_name().to_owned()),
            Some(new.code_type.rust_name().to_owned()),
            "conversions to and from the code change type",
        );
    }
    if old.layout != new.layout {
        let describe = |c: &Catalog| {
            c.layout.as_ref().map_or_else(
                || "none".to_owned(),
                |l| {
                    let fields: Vec<String> = l
                        .fields
                        .iter()
                        .map(|f| format!("{} [{}, {}]", f.name, f.bits.high, f.bits.low))
                        .collect();
                    format!("key [{}, {}]; {}", l.key.high, l.key.low, fields.join(", "))
                },
            )
        };
        push(
            ChangeKind::Layout,
            "",
            Some(describe(old)),
            Some(describe(new)),
            "the same code may name another entry, and field accessors may change",
        );
    }
    for locale in &new.locales {
        if !old.locales.contains(locale) {
            push(
                ChangeKind::LocaleAdded,
                "",
                None,
                Some(locale.clone()),
                "message_in finds messages in this locale",
            );
        }
    }
    for locale in &old.locales {
        if !new.locales.contains(locale) {
            push(
                ChangeKind::LocaleRemoved,
                "",
                Some(locale.clone()),
                None,
                "message_in falls back, or gives None, for this locale",
            );
        }
    }

    // Entries by name, then the rest by code.
    let mut matched_old = vec![false; old.entries.len()];
    let mut pairs: Vec<(Option<usize>, &Entry)> = Vec::new();
    for entry in &new.entries {
        let found = old.entries.iter().position(|o| o.name == entry.name);
        if let Some(i) = found {
            if let Some(flag) = matched_old.get_mut(i) {
                *flag = true;
            }
        }
        pairs.push((found, entry));
    }
    for pair in &mut pairs {
        if pair.0.is_some() {
            continue;
        }
        let by_code = old.entries.iter().enumerate().position(|(i, o)| {
            !matched_old.get(i).copied().unwrap_or(true) && o.code == pair.1.code
        });
        if let Some(i) = by_code {
            if let Some(flag) = matched_old.get_mut(i) {
                *flag = true;
            }
            pair.0 = Some(i);
        }
    }

    for (found, entry) in pairs {
        let Some(before) = found.and_then(|i| old.entries.get(i)) else {
            push(
                ChangeKind::Added,
                &entry.name,
                None,
                Some(new.notation.format(&entry.code)),
                "a new variant: this code was Unknown before",
            );
            continue;
        };
        entry_changes(old, before, new, entry, &mut push);
    }
    for (entry, matched) in old.entries.iter().zip(matched_old) {
        if !matched {
            push(
                ChangeKind::Removed,
                &entry.name,
                Some(old.notation.format(&entry.code)),
                None,
                &format!("variant {} is gone; its code is Unknown now", entry.variant),
            );
        }
    }
    changes
}

type Push<'p> = dyn FnMut(ChangeKind, &str, Option<String>, Option<String>, &str) + 'p;

/// The changes of one entry that both catalogs have.
fn entry_changes(old: &Catalog, before: &Entry, new: &Catalog, entry: &Entry, push: &mut Push<'_>) {
    let name = entry.name.as_str();
    if before.name != entry.name {
        push(
            ChangeKind::Renamed,
            name,
            Some(before.name.clone()),
            Some(entry.name.clone()),
            "from_name and FromStr take the new name",
        );
    }
    if before.variant != entry.variant {
        push(
            ChangeKind::VariantRenamed,
            name,
            Some(before.variant.clone()),
            Some(entry.variant.clone()),
            "code that names the variant must use the new name",
        );
    }
    if before.code != entry.code {
        push(
            ChangeKind::Recoded,
            name,
            Some(old.notation.format(&before.code)),
            Some(new.notation.format(&entry.code)),
            "the old code is no longer this entry",
        );
    }
    for (locale, message) in new.locales.iter().zip(&entry.messages) {
        let was = old
            .locales
            .iter()
            .position(|l| l == locale)
            .and_then(|i| before.messages.get(i));
        if let Some(was) = was.filter(|was| *was != message) {
            push(
                ChangeKind::Message,
                name,
                Some(was.clone()),
                Some(message.clone()),
                &format!("message in {locale}"),
            );
        }
    }
    for alias in &entry.aliases {
        if !before.aliases.iter().any(|a| a.name == alias.name) {
            push(
                ChangeKind::AliasAdded,
                name,
                None,
                Some(alias.name.clone()),
                &format!("a new constant {}", alias.constant),
            );
        }
    }
    for alias in &before.aliases {
        if !entry.aliases.iter().any(|a| a.name == alias.name) {
            push(
                ChangeKind::AliasRemoved,
                name,
                Some(alias.name.clone()),
                None,
                &format!("constant {} is gone", alias.constant),
            );
        }
    }
    let group =
        |c: &Catalog, e: &Entry| e.group.and_then(|g| c.groups.get(g)).map(|g| g.id.clone());
    let facts = |c: &Catalog, e: &Entry| {
        format!(
            "group {}, HTTP status {}, retryable {}",
            group(c, e).unwrap_or_else(|| "none".to_owned()),
            e.http_status
                .map_or_else(|| "none".to_owned(), |s| s.to_string()),
            e.retryable
        )
    };
    let (was, is) = (facts(old, before), facts(new, entry));
    if was != is {
        push(
            ChangeKind::Facts,
            name,
            Some(was),
            Some(is),
            "group(), http_status() or is_retryable() answer otherwise",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{load, Source};

    fn catalog(entries: &str) -> Catalog {
        let text = format!(
            "[catalog]\ntype_name = \"E\"\ntitle = \"E.\"\ncode_type = \"u32\"\n\
             locales = [\"en\"]\n{entries}"
        );
        load(&Source::new("x.toml", &text)).unwrap()
    }

    fn entry(name: &str, code: u32, message: &str, extra: &str) -> String {
        format!("[[error]]\nname = \"{name}\"\ncode = {code}\nmessage.en = \"{message}\"\n{extra}")
    }

    fn kinds(changes: &[Change]) -> Vec<(ChangeKind, &str, bool)> {
        changes
            .iter()
            .map(|c| (c.kind, c.name.as_str(), c.breaking))
            .collect()
    }

    #[test]
    fn the_same_catalog_has_no_changes() {
        let a = catalog(&entry("A", 1, "a", ""));
        assert!(diff(&a, &a).is_empty());
    }

    #[test]
    fn each_kind_of_entry_change() {
        let old = catalog(
            &[
                entry("KEPT", 1, "kept", "aliases = [\"OLD_ALIAS\"]\n"),
                entry("GONE", 2, "gone", ""),
                entry("OLD_NAME", 3, "renamed", ""),
                entry("MOVED", 4, "moved", ""),
            ]
            .concat(),
        );
        let new = catalog(
            &[
                entry(
                    "KEPT",
                    1,
                    "kept, reworded",
                    "aliases = [\"NEW_ALIAS\"]\nretryable = true\n",
                ),
                entry("NEW_NAME", 3, "renamed", ""),
                entry("MOVED", 5, "moved", ""),
                entry("FRESH", 6, "fresh", ""),
            ]
            .concat(),
        );
        assert_eq!(
            kinds(&diff(&old, &new)),
            [
                (ChangeKind::Message, "KEPT", false),
                (ChangeKind::AliasAdded, "KEPT", false),
                (ChangeKind::AliasRemoved, "KEPT", true),
                (ChangeKind::Facts, "KEPT", false),
                (ChangeKind::Renamed, "NEW_NAME", false),
                (ChangeKind::VariantRenamed, "NEW_NAME", true),
                (ChangeKind::Recoded, "MOVED", true),
                (ChangeKind::Added, "FRESH", false),
                (ChangeKind::Removed, "GONE", true),
            ]
        );
    }

    #[test]
    fn a_renamed_type_breaks() {
        let old = catalog(&entry("A", 1, "a", ""));
        let mut new = old.clone();
        new.type_name = "F".to_owned();
        new.locales.push("zh".to_owned());
        let changes = diff(&old, &new);
        assert_eq!(
            kinds(&changes),
            [
                (ChangeKind::TypeName, "", true),
                (ChangeKind::LocaleAdded, "", false)
            ]
        );
        assert_eq!(changes[0].new.as_deref(), Some("F"));
    }
}
