//! Every name the loader accepts becomes a Rust identifier the generated code can use: names,
//! codes, aliases, layout fields, labels and type names that give none are diagnostics, never a
//! catalog that makes the macro panic.

use errcodes_catalog::{load, Catalog, Source};

/// The rendered problems of `text`, or the catalog.
fn try_load(text: &str) -> Result<Catalog, Vec<String>> {
    let source = Source::new("catalogs/x.toml", text);
    load(&source).map_err(|errors| errors.iter().map(|e| e.render(&source)).collect())
}

/// The rendered problems of `text`, which must have some.
fn problems(text: &str) -> Vec<String> {
    match try_load(text) {
        Ok(catalog) => panic!("loads, with variants {:?}", variants(&catalog)),
        Err(problems) => problems,
    }
}

fn variants(catalog: &Catalog) -> Vec<&str> {
    catalog.entries.iter().map(|e| e.variant.as_str()).collect()
}

const NUMERIC: &str = r#"
[catalog]
type_name = "MyApiError"
title = "Errors of My API."
code_type = "u32"
locales = ["en"]
"#;

const STRINGS: &str = r#"
[catalog]
type_name = "MyApiError"
title = "Errors of My API."
code_type = "string"
locales = ["en"]
"#;

/// A numeric catalog with one entry named `name`, and `extra` keys on it.
fn numeric_entry(name: &str, extra: &str) -> String {
    format!("{NUMERIC}\n[[error]]\nname = {name:?}\ncode = 1\nmessage.en = \"m\"\n{extra}\n")
}

/// A string catalog with one entry whose code is `code`, and `extra` keys on it.
fn string_entry(code: &str, extra: &str) -> String {
    format!("{STRINGS}\n[[error]]\ncode = {code:?}\nmessage.en = \"m\"\n{extra}\n")
}

/// `problems` are one, at `at` (`line:col`), saying each of `says`.
fn assert_one_problem(problems: &[String], at: &str, says: &[&str]) {
    assert_eq!(problems.len(), 1, "{problems:?}");
    let problem = &problems[0];
    assert!(
        problem.starts_with(&format!("catalogs/x.toml:{at}: ")),
        "{problem}"
    );
    for text in says {
        assert!(problem.contains(text), "{problem} does not say {text}");
    }
}

/// The one problem of an entry named `name` at 9:8 that gives no identifier.
fn assert_asks_for_a_variant(name: &str, problems: &[String]) {
    println!("{name:?}");
    assert_one_problem(
        problems,
        "9:8",
        &["no letter or digit", "set variant = \"…\""],
    );
}

#[test]
fn names_that_give_no_identifier() {
    for name in ["", "___", "--", ".", " ", "!?"] {
        assert_asks_for_a_variant(name, &problems(&numeric_entry(name, "")));
    }
}

#[test]
fn a_variant_makes_any_name_fine() {
    for name in ["", "___", "--"] {
        let catalog = try_load(&numeric_entry(name, "variant = \"Named\"")).unwrap();
        assert_eq!(variants(&catalog), ["Named"]);
    }
}

#[test]
fn string_codes_that_give_no_identifier() {
    for code in ["", "..", "-"] {
        assert_asks_for_a_variant(code, &problems(&string_entry(code, "")));
    }
    let catalog = try_load(&string_entry("", "variant = \"Empty\"")).unwrap();
    assert_eq!(variants(&catalog), ["Empty"]);
}

#[test]
fn an_empty_variant() {
    let problems = problems(&numeric_entry("A", "variant = \"\""));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("catalogs/x.toml:12:11: "),
        "{problems:?}"
    );
}

#[test]
fn aliases_that_give_no_identifier() {
    // An alias's constant cannot be renamed: `variant` alone would not help.
    assert_one_problem(
        &problems(&numeric_entry("A", "aliases = [\"__\"]")),
        "12:12",
        &["no letter or digit", "remove the alias"],
    );
}

#[test]
fn an_empty_type_name() {
    let text = NUMERIC.replace("\"MyApiError\"", "\"\"")
        + "[[error]]\nname = \"A\"\ncode = 1\nmessage.en = \"m\"\n";
    let problems = problems(&text);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("catalogs/x.toml:3:13: type_name"),
        "{problems:?}"
    );
}

/// A catalog with a layout whose one field has the given name, type name and label.
fn layout(field: &str, type_name: &str, label: &str) -> String {
    format!(
        "{NUMERIC}\n[layout]\nkey = [7, 0]\n\n[[layout.field]]\nname = {field:?}\n\
         type_name = {type_name:?}\nbits = [15, 8]\n\n[[layout.field.value]]\nvalue = 1\n\
         label = {label:?}\n\n[[error]]\nname = \"A\"\ncode = 1\nmessage.en = \"m\"\n"
    )
}

#[test]
fn layouts_that_give_no_identifier() {
    try_load(&layout("area", "MyArea", "AREA_ONE")).unwrap();
    for (field, type_name, label, at) in [
        ("", "MyArea", "ONE", "12:8"),
        ("_", "MyArea", "ONE", "12:8"),
        ("area", "", "ONE", "12:8"),
        ("area", "__", "ONE", "12:8"),
        ("area", "MyArea", "", "18:9"),
        ("area", "MyArea", "-", "18:9"),
    ] {
        let problems = problems(&layout(field, type_name, label));
        assert_eq!(
            problems.len(),
            1,
            "{field:?} {type_name:?} {label:?}: {problems:?}"
        );
        assert!(
            problems[0].starts_with(&format!("catalogs/x.toml:{at}: ")),
            "{field:?} {type_name:?} {label:?}: {problems:?}"
        );
    }
}

/// Panics, as the macro would, if any name the generated code is made of is no identifier.
fn assert_identifiers(catalog: &Catalog) {
    let ident = |name: &str| proc_macro2::Ident::new(name, proc_macro2::Span::call_site());
    ident(&catalog.type_name);
    ident(&format!("{}Kind", catalog.type_name));
    for entry in &catalog.entries {
        ident(&entry.variant);
        for alias in &entry.aliases {
            ident(&alias.constant);
        }
    }
    for field in catalog.layout.iter().flat_map(|l| &l.fields) {
        ident(&field.name);
        if let Some(type_name) = &field.type_name {
            ident(type_name);
        }
        for value in &field.values {
            ident(&value.variant);
        }
    }
}

proptest::proptest! {
    #[test]
    fn whatever_loads_gives_identifiers(
        name in r"[A-Za-z0-9_ .\-éЖ😀]{0,6}",
        alias in r"[A-Za-z0-9_ .\-]{0,4}",
        field in r"[a-z0-9_A-]{0,4}",
        type_name in r"[A-Za-z0-9_]{0,4}",
        label in r"[A-Za-z0-9_ .\-]{0,4}",
    ) {
        let numeric = format!(
            "{NUMERIC}\n[[error]]\nname = {name:?}\ncode = 1\nmessage.en = \"m\"\n\
             aliases = [{alias:?}]\n"
        );
        let strings = string_entry(&name, &format!("aliases = [{alias:?}]"));
        let layout = layout(&field, &type_name, &label);
        for text in [numeric, strings, layout] {
            if let Ok(catalog) = try_load(&text) {
                assert_identifiers(&catalog);
            }
        }
    }
}

/// Names in the associated namespace of every generated enum: its own items, and the associated
/// types and constants of the traits it implements.
const RESERVED: &[&str] = &["Unknown", "ALL", "Err", "Error", "Code", "LOCALES"];

#[test]
fn reserved_variants() {
    for reserved in RESERVED {
        assert_one_problem(
            &problems(&numeric_entry("A", &format!("variant = {reserved:?}"))),
            "12:11",
            &[&format!("`{reserved}`"), "set variant = \"…\""],
        );
        assert_one_problem(
            &problems(&string_entry("a", &format!("variant = {reserved:?}"))),
            "11:11",
            &[&format!("`{reserved}`"), "set variant = \"…\""],
        );
    }
    // The vendor names that give them.
    for (name, variant) in [
        ("ERR", "Err"),
        ("err", "Err"),
        ("ERROR", "Error"),
        ("CODE", "Code"),
        ("UNKNOWN", "Unknown"),
    ] {
        assert_one_problem(
            &problems(&numeric_entry(name, "")),
            "9:8",
            &[&format!("`{variant}`"), "set variant = \"…\""],
        );
        assert_one_problem(
            &problems(&string_entry(name, "")),
            "9:8",
            &[&format!("`{variant}`"), "set variant = \"…\""],
        );
        try_load(&numeric_entry(name, "variant = \"Fine\"")).unwrap();
    }
}

#[test]
fn reserved_alias_constants() {
    for alias in ["ERR", "Unknown", "code", "ERROR", "lOCALES", "aLL"] {
        assert_one_problem(
            &problems(&numeric_entry("A", &format!("aliases = [{alias:?}]"))),
            "12:12",
            &[
                "the generated type",
                "remove the alias",
                &format!("make {alias:?} the entry's name (with variant = \"…\")"),
            ],
        );
    }
    // The advice works: the alias as the name, with a variant, and the name as the alias.
    let swapped = "[[error]]\nname = \"ERR\"\nvariant = \"Failed\"\ncode = 1\n\
                   message.en = \"m\"\naliases = [\"A\"]\n";
    let catalog = try_load(&format!("{NUMERIC}\n{swapped}")).unwrap();
    assert_eq!(variants(&catalog), ["Failed"]);
    assert_eq!(catalog.entries[0].aliases[0].constant, "A");
}

#[test]
fn reserved_labels() {
    for label in ["Other", "ERROR", "aLL"] {
        assert_one_problem(
            &problems(&layout("area", "MyArea", label)),
            "18:9",
            &["the field's enum", "change the label"],
        );
    }
}

#[test]
fn type_names_of_core_are_free() {
    // The generated code names core's types by absolute paths, so a catalog may take their names.
    for (type_name, field_type) in [("Result", "MyArea"), ("Option", "Some"), ("Ok", "Result")] {
        let text =
            layout("area", field_type, "ONE").replace("\"MyApiError\"", &format!("{type_name:?}"));
        assert!(try_load(&text).is_ok(), "{type_name}, {field_type}");
    }
}

#[test]
fn type_names_the_generated_code_uses() {
    for (type_name, field_type, at) in [
        ("MyApiError", "MyApiError", "12:8"),
        ("MyApiError", "MyApiErrorKind", "12:8"),
    ] {
        let text =
            layout("area", field_type, "ONE").replace("\"MyApiError\"", &format!("{type_name:?}"));
        assert_one_problem(
            &problems(&text),
            at,
            &[&format!(
                "`{}`",
                if at == "3:13" { type_name } else { field_type }
            )],
        );
    }
    let two_fields = layout("area", "MyArea", "ONE").replace(
        "[[error]]",
        "[[layout.field]]\nname = \"other\"\ntype_name = \"MyArea\"\nbits = [23, 16]\n\n\
         [[layout.field.value]]\nvalue = 1\nlabel = \"ONE\"\n\n[[error]]",
    );
    assert_one_problem(&problems(&two_fields), "21:8", &["`MyArea`", "field area"]);
}

#[test]
fn fields_named_like_methods() {
    for method in ["code", "kind", "from_kind", "from_hex"] {
        assert_one_problem(
            &problems(&layout(method, "MyArea", "ONE")),
            "12:8",
            &["a method the generated type already has"],
        );
    }
}
