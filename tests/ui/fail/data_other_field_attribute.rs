use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(Store = "Store errors"))]
pub enum StoreError {
    /// The store could not be read.
    Unreadable {
        /// Where the store is: doc comments are welcome.
        path: String,
        #[source(io)]
        io: std::io::Error,
    } = 9001,
}

fn main() {}
