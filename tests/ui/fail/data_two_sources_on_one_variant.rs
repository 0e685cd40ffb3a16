use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(Store = "Store errors"))]
pub enum StoreError {
    /// The store could not be read.
    Unreadable {
        #[source]
        io: std::io::Error,
        #[source]
        format: std::fmt::Error,
    } = 9001,
    /// The store could not be written.
    Unwritable(#[source] std::io::Error, #[from] std::fmt::Error) = 9002,
}

fn main() {}
