use parse_errors::parse_errors;

// A mistake in the arguments does not hide the entries' own: all three are
// reported in one compile.
#[parse_errors(range = 9000..9999, category(Api = "API Issues"), category(Store = "Store errors"))]
pub enum AppError {
    /// The object was not found.
    #[entry(Apj)]
    ObjectNotFound = 9001,
    /// The item is sold out.
    SoldOut = 9002,
}

fn main() {}
