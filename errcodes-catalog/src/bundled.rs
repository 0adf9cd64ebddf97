//! The catalogs that ship with errcodes.

/// The bundled catalogs: `(name, TOML text)`, by name.
pub const BUNDLED: &[(&str, &str)] = &[
    (
        "alibaba_player",
        include_str!("../catalogs/alibaba_player.toml"),
    ),
    ("alibaba_vod", include_str!("../catalogs/alibaba_vod.toml")),
    (
        "azure_media_player",
        include_str!("../catalogs/azure_media_player.toml"),
    ),
    ("curl", include_str!("../catalogs/curl.toml")),
    ("errno_linux", include_str!("../catalogs/errno_linux.toml")),
    ("grpc", include_str!("../catalogs/grpc.toml")),
    ("http_status", include_str!("../catalogs/http_status.toml")),
    ("sqlite", include_str!("../catalogs/sqlite.toml")),
    ("sqlstate", include_str!("../catalogs/sqlstate.toml")),
    ("tencent_vod", include_str!("../catalogs/tencent_vod.toml")),
    ("windows", include_str!("../catalogs/windows.toml")),
    (
        "windows_hresult",
        include_str!("../catalogs/windows_hresult.toml"),
    ),
];

/// The TOML text of the bundled catalog `name`.
pub fn bundled(name: &str) -> Option<&'static str> {
    BUNDLED
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}
