//! `retry` belongs on the canonical entry of a code: a code is retried as
//! that entry (or its category) says, and a base code as the base says.
use parse_errors::parse_errors;

#[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
pub enum ShopCode {
    /// The inventory is locked by another purchase.
    InventoryLocked = 9005,
    /// Another name of the locked inventory.
    #[entry(alias, retry)]
    InventoryBusy = 9005,
    /// Another name of a Parse code.
    #[entry(alias, retry)]
    NoSuchItem = 101,
}

fn main() {
    let _ = ShopCode::InventoryBusy.is_retryable();
}
