//! Finding a catalog and reading it: the calling crate's `catalogs/<name>.toml`, then the
//! bundled catalogs; or a path relative to the calling crate.

use std::path::{Path, PathBuf};

use syn::LitStr;

/// A catalog's text and where it came from.
pub(crate) struct Located {
    /// The path to show in messages, relative to the calling crate.
    pub(crate) display: String,
    /// The TOML text.
    pub(crate) text: String,
    /// The file to make cargo track, for a catalog read from the calling crate.
    pub(crate) tracked: Option<PathBuf>,
}

/// Finds and reads the catalog that `lit` names; `manifest_dir` is the calling crate's.
pub(crate) fn catalog(lit: &LitStr, manifest_dir: Option<&Path>) -> syn::Result<Located> {
    let value = lit.value();
    let is_path = errcodes_catalog::is_catalog_path(&value);
    let Some(relative) = errcodes_catalog::catalog_file(&value) else {
        return Err(syn::Error::new(
            lit.span(),
            format!(
                "`{value}` is not a catalog name: a name is made of a-z, 0-9 and _ (such as \
                 \"alibaba_player\"); to load a file, write a path that contains / or ends in \
                 .toml"
            ),
        ));
    };
    if let Some(dir) = manifest_dir {
        let file = dir.join(&relative);
        if let Some(problem) = not_a_file(&file, &relative) {
            return Err(syn::Error::new(lit.span(), problem));
        }
        match std::fs::read(&file) {
            Ok(bytes) => {
                return match errcodes_catalog::decode(&bytes) {
                    Ok(text) => Ok(Located {
                        display: relative,
                        text: text.to_owned(),
                        tracked: Some(file),
                    }),
                    Err(not_utf8) => Err(syn::Error::new(
                        lit.span(),
                        crate::expand::compile_error_text(not_utf8.report(
                            &relative,
                            &bytes,
                            errcodes_catalog::Style::Plain,
                        )),
                    )),
                };
            }
            Err(e) if is_path && e.kind() == std::io::ErrorKind::NotFound => {
                return Err(syn::Error::new(
                    lit.span(),
                    format!(
                        "catalog {relative} does not exist (the path is relative to this crate's \
                         Cargo.toml): fix the path, or add the file"
                    ),
                ));
            }
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(syn::Error::new(
                    lit.span(),
                    format!(
                        "cannot read catalog {relative} ({}): make it a file that the user who \
                         runs cargo can read",
                        e.kind()
                    ),
                ));
            }
            Err(_) => {}
        }
    } else if is_path {
        return Err(syn::Error::new(
            lit.span(),
            "cannot resolve a catalog path: CARGO_MANIFEST_DIR is not set, so build with cargo",
        ));
    }
    match errcodes_catalog::bundled(&value) {
        Some(text) => Ok(Located {
            display: format!("errcodes/catalogs/{value}.toml"),
            text: text.to_owned(),
            tracked: None,
        }),
        None => {
            let names: Vec<_> = errcodes_catalog::BUNDLED.iter().map(|(n, _)| *n).collect();
            Err(syn::Error::new(
                lit.span(),
                format!(
                    "no catalog named `{value}`: looked for {relative} in this crate and among \
                     the bundled catalogs ({}); add the file, or fix the name",
                    names.join(", ")
                ),
            ))
        }
    }
}

/// Why `file` cannot be read as a catalog although something is there: a directory, a FIFO or
/// a device (reading one could block the build forever, or never end), or a symbolic link to
/// nothing. `None` when it is a file or nothing at all.
fn not_a_file(file: &Path, relative: &str) -> Option<String> {
    match std::fs::metadata(file) {
        Ok(meta) if meta.is_dir() => Some(format!(
            "catalog {relative} is a directory: name the catalog's .toml file"
        )),
        Ok(meta) if !meta.is_file() => Some(format!(
            "catalog {relative} is not a regular file (a FIFO, socket or device, which the macro \
             does not read, as it could wait forever): make it a file that holds the catalog"
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let target = std::fs::read_link(file).ok()?;
            Some(format!(
                "catalog {relative} is a symbolic link to {}, which does not exist: fix the link, \
                 or replace it with the catalog",
                target.display()
            ))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str) -> LitStr {
        LitStr::new(s, proc_macro2::Span::call_site())
    }

    #[test]
    fn bundled_when_the_crate_has_none() {
        let dir = std::env::temp_dir();
        let found = catalog(&lit("alibaba_player"), Some(&dir)).unwrap();
        assert_eq!(found.display, "errcodes/catalogs/alibaba_player.toml");
        assert!(found.tracked.is_none());
    }

    #[test]
    fn the_crate_first() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let found = catalog(&lit("alibaba_player"), Some(&dir)).unwrap();
        assert_eq!(found.display, "catalogs/alibaba_player.toml");
        assert!(found.tracked.is_some());
    }

    #[test]
    fn not_utf8_says_where() {
        let dir = std::env::temp_dir().join(format!("errcodes-locate-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("latin1.toml"), b"[catalog]\ntitle = \"Caf\xE9\"\n").unwrap();
        let err = catalog(&lit("latin1.toml"), Some(&dir));
        std::fs::remove_dir_all(&dir).unwrap();
        let err = err.err().unwrap().to_string();
        assert!(
            err.starts_with("the catalog is not UTF-8 (byte 0xE9 here is no UTF-8 character)\n --> latin1.toml:2:13\n"),
            "{err}"
        );
    }

    #[test]
    fn errors_say_where_they_looked() {
        let dir = std::env::temp_dir();
        let err = catalog(&lit("nope"), Some(&dir)).err().unwrap().to_string();
        assert!(err.contains("catalogs/nope.toml"), "{err}");
        assert!(err.contains("alibaba_player"), "{err}");
        let err = catalog(&lit("Bad-Name"), Some(&dir))
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("a-z, 0-9 and _"), "{err}");
        let err = catalog(&lit("x/none.toml"), Some(&dir))
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("catalog x/none.toml does not exist"), "{err}");
    }
}
