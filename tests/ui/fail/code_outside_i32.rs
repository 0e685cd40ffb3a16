use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub enum ErrorCode {
    /// A code too large for the wire: Parse codes are `i32`.
    TooLarge = 2147483648,
    /// A code too small for the wire.
    TooSmall = -2147483649,
    /// The smallest code there is: fine.
    Smallest = -2147483648,
}

fn main() {}
