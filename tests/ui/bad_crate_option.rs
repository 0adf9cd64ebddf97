// An option of `#[errcodes(…)]` that does not exist: the message gives the one that does.
errcodes::error_catalog! {
    #[errcodes(krate = errcodes)]
    pub enum PlayerError from "alibaba_player";
}

fn main() {}
