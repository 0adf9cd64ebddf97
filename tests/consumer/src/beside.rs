//! Generated code beside anything: two catalogs in one module, the same catalogs twice under
//! other names (a layout catalog too, whose kind and field enums then take the new names), and
//! types named like core's `Option`, `Result` and the prelude's `Some`. Each invocation's items
//! must stay out of the others' way.

errcodes::error_catalog!("alibaba_player");
errcodes::error_catalog!("azure_media_player");

errcodes::error_catalog! {
    /// `alibaba_player` again, as `Option`: the generated code must not name core's.
    pub enum Option from "alibaba_player";
}

errcodes::error_catalog! {
    /// `tencent_vod` as `Result`.
    #[derive(PartialOrd, Ord)]
    pub enum Result from "tencent_vod";
}

errcodes::error_catalog! {
    /// `alibaba_vod` as `Some`.
    pub enum Some from "alibaba_vod";
}

errcodes::error_catalog! {
    /// `azure_media_player` again, under another name: its kind is `PlayerKind`, its fields'
    /// enums `PlayerArea` and `PlayerCategory`.
    pub enum Player from "azure_media_player";
}

errcodes::error_catalog! {
    /// `azure_media_player` a third time.
    pub(crate) enum Other from "azure_media_player";
}
