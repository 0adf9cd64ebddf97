//! A catalog past the size where lookups of text switch from a `match` to a perfect hash index
//! (`tests/data/synth_300.toml`, 300 entries and 6 aliases, written by
//! `cargo run -p errcodes-bench --bin synth -- 300 Synth300Error`): every code, name and alias
//! is found, and texts and codes next to them are not.

use errcodes::ErrorCode;

errcodes::error_catalog!("tests/data/synth_300.toml");

#[test]
fn every_code_round_trips_and_its_neighbours_are_unknown() {
    for e in Synth300Error::ALL {
        assert_eq!(Synth300Error::from_code(e.code()), *e);
        let next = Synth300Error::from_code(e.code() + 1);
        if !Synth300Error::ALL.iter().any(|k| k.code() == e.code() + 1) {
            assert!(!next.is_known(), "{next:?}");
            assert_eq!(next.code(), e.code() + 1);
        }
    }
    assert_eq!(Synth300Error::ALL.len(), 300);
}

#[test]
fn every_name_and_alias_is_found_and_nothing_else() {
    let mut aliases = 0;
    for e in Synth300Error::ALL {
        let name = e.name().unwrap();
        assert_eq!(Synth300Error::from_name(name), Some(*e));
        assert_eq!(name.parse::<Synth300Error>(), Ok(*e));
        // Near misses: a byte changed in the middle, at either end, one added, one removed.
        let mut bytes = name.as_bytes().to_vec();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x20;
        for near in [
            String::from_utf8(bytes).unwrap(),
            format!("{name}X"),
            format!("X{name}"),
            name[..name.len() - 1].to_owned(),
            name.to_lowercase(),
        ] {
            // ERROR_X_28 is a near miss of ERROR_X_281, and a name as well.
            let is_a_name = Synth300Error::ALL
                .iter()
                .any(|k| k.name() == Some(near.as_str()));
            if !is_a_name {
                assert_eq!(Synth300Error::from_name(&near), None, "{near:?}");
            }
        }
    }
    for n in 0..300 {
        for subject in [
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
        ] {
            let alias = format!("E_{subject}_{n}");
            if let Some(e) = Synth300Error::from_name(&alias) {
                aliases += 1;
                assert!(e.name().unwrap().ends_with(&format!("_{n}")));
            }
        }
    }
    assert_eq!(aliases, 6);
    assert_eq!(Synth300Error::from_name(""), None);
}
