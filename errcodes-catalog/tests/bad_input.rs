//! No input makes the loader panic: arbitrary text, and bundled catalogs with a piece cut out or
//! replaced, give a catalog or diagnostics that render.

use errcodes_catalog::{load, Source, BUNDLED};
use proptest::prelude::*;

fn check(text: &str) {
    let source = Source::new("catalogs/x.toml", text);
    if let Err(errors) = load(&source) {
        assert!(!errors.is_empty());
        for error in errors {
            let rendered = error.render(&source);
            assert!(rendered.starts_with("catalogs/x.toml:"), "{rendered}");
        }
    }
}

proptest! {
    #[test]
    fn arbitrary_text(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn bundled_catalogs_with_a_cut(which in 0..BUNDLED.len(), at in any::<prop::sample::Index>(), len in 0..200_usize) {
        let text = BUNDLED[which].1;
        let start = at.index(text.len());
        let end = (start + len).min(text.len());
        if text.is_char_boundary(start) && text.is_char_boundary(end) {
            check(&format!("{}{}", &text[..start], &text[end..]));
        }
    }

    #[test]
    fn bundled_catalogs_with_a_replacement(
        which in 0..BUNDLED.len(),
        at in any::<prop::sample::Index>(),
        with in r#"[\[\]"=.,0-9a-z_\n-]{1,12}"#,
    ) {
        let text = BUNDLED[which].1;
        let start = at.index(text.len());
        if text.is_char_boundary(start) {
            let end = text[start..].char_indices().nth(4).map_or(text.len(), |(i, _)| start + i);
            check(&format!("{}{}{}", &text[..start], with, &text[end..]));
        }
    }
}
