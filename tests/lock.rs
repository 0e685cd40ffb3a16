//! `parse_errors::lock::check` on versions of one table: a lock written from
//! the first version, checked against each later one.

use std::path::PathBuf;
use std::process::Command;

use parse_errors::ErrorTable;
use parse_errors::export::json;
use parse_errors::lock::{self, LockError, LockReport, UPDATE_VARIABLE};

/// The first release of a shop's codes: the lock is written from it.
mod v1 {
    use parse_errors::parse_errors;

    #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
    pub enum ShopCode {
        /// The player has not enough coins for this purchase.
        NotEnoughCoins = 9001,
        /// Another name of 9001.
        #[entry(alias)]
        CoinsShort = 9001,
        /// Coupons are no longer sold.
        CouponExpired = 9002,
        /// The shop is closed.
        Closed = 9003,
        /// The shop's name for an object not found.
        #[entry(alias)]
        NoSuchItem = 101,
    }
}

/// 9002 removed instead of retired.
mod lost {
    use parse_errors::parse_errors;

    #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
    pub enum ShopCode {
        /// The player has not enough coins for this purchase.
        NotEnoughCoins = 9001,
        /// Another name of 9001.
        #[entry(alias)]
        CoinsShort = 9001,
        /// The shop is closed.
        Closed = 9003,
        /// The shop's name for an object not found.
        #[entry(alias)]
        NoSuchItem = 101,
    }
}

/// A variant inserted before 9002 shifted it and the code after it.
mod renumbered {
    use parse_errors::parse_errors;

    #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
    pub enum ShopCode {
        /// The player has not enough coins for this purchase.
        NotEnoughCoins = 9001,
        /// Another name of 9001.
        #[entry(alias)]
        CoinsShort = 9001,
        /// The basket is empty.
        EmptyBasket = 9002,
        /// Coupons are no longer sold.
        CouponExpired = 9003,
        /// The shop is closed.
        Closed = 9004,
        /// The shop's name for an object not found.
        #[entry(alias)]
        NoSuchItem = 101,
    }
}

/// 9003 and the alias of 9001 under new names.
mod renamed {
    use parse_errors::parse_errors;

    #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
    pub enum ShopCode {
        /// The player has not enough coins for this purchase.
        NotEnoughCoins = 9001,
        /// Another name of 9001.
        #[entry(alias)]
        NotEnoughGold = 9001,
        /// Coupons are no longer sold.
        CouponExpired = 9002,
        /// The shop is closed.
        ShopClosed = 9003,
        /// The shop's name for an object not found.
        #[entry(alias)]
        NoSuchItem = 101,
    }
}

/// Everything of the first release, a new code and a new name.
mod grown {
    use parse_errors::parse_errors;

    #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
    pub enum ShopCode {
        /// The player has not enough coins for this purchase.
        NotEnoughCoins = 9001,
        /// Another name of 9001.
        #[entry(alias)]
        CoinsShort = 9001,
        /// Coupons are no longer sold.
        CouponExpired = 9002,
        /// The shop is closed.
        Closed = 9003,
        /// Yet another name of 9003.
        #[entry(alias)]
        ShopShut = 9003,
        /// The shop's name for an object not found.
        #[entry(alias)]
        NoSuchItem = 101,
        /// The basket is empty.
        EmptyBasket = 9004,
    }
}

/// A fresh directory for one test's lock.
fn lock_path(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("lock")
        .join(test);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("the earlier run's directory can be removed");
    }
    std::fs::create_dir_all(&dir).expect("a directory for the lock");
    dir.join("shop.lock")
}

/// A lock written from the first release.
fn v1_lock(test: &str) -> PathBuf {
    let path = lock_path(test);
    lock::update::<v1::ShopCode>(&path).expect("the lock is written");
    path
}

fn broken<T: ErrorTable>(path: &PathBuf) -> String {
    let before = std::fs::read_to_string(path).expect("the lock");
    let error = lock::check::<T>(path).expect_err("the check fails");
    assert!(
        matches!(error, LockError::Broken { .. }),
        "not a broken lock: {error}"
    );
    assert_eq!(
        std::fs::read_to_string(path).expect("the lock"),
        before,
        "a failed check leaves the lock as it was"
    );
    error.to_string()
}

#[test]
fn a_missing_lock_is_written_and_the_check_says_to_commit_it() {
    let path = lock_path("missing");
    let error = lock::check::<v1::ShopCode>(&path).expect_err("the first check fails");
    assert!(matches!(error, LockError::Created { .. }), "{error}");
    assert!(error.to_string().contains("commit it"), "{error}");
    assert_eq!(
        std::fs::read_to_string(&path).expect("the lock is written"),
        json::<v1::ShopCode>()
    );
    assert_eq!(
        lock::check::<v1::ShopCode>(&path).expect("the table is its lock"),
        LockReport::Current
    );
}

#[test]
fn a_lost_code_fails_naming_it() {
    let path = v1_lock("lost");
    let message = broken::<lost::ShopCode>(&path);
    assert!(
        message.contains(
            "code 9002 CouponExpired is gone from ShopCode: no entry has the code or the name"
        ),
        "{message}"
    );
    assert!(message.contains("PARSE_ERRORS_LOCK=update"), "{message}");
    assert!(message.contains("Retire a code"), "{message}");
}

#[test]
fn a_renumbered_code_fails_naming_both_codes() {
    let path = v1_lock("renumbered");
    let message = broken::<renumbered::ShopCode>(&path);
    for sentence in [
        "code 9002 is renamed: the lock names it CouponExpired, ShopCode now EmptyBasket \
         (CouponExpired is renumbered to 9003)",
        "code 9003 is renamed: the lock names it Closed, ShopCode now CouponExpired \
         (Closed is renumbered to 9004)",
    ] {
        assert!(message.contains(sentence), "{message}");
    }
}

#[test]
fn a_code_moved_to_a_new_number_fails_as_renumbered() {
    // A lock whose 9002 says 9005: the table has the name under another code.
    let path = v1_lock("moved");
    std::fs::write(
        &path,
        std::fs::read_to_string(&path)
            .unwrap()
            .replace("{\"code\": 9002", "{\"code\": 9005"),
    )
    .unwrap();
    let message = broken::<v1::ShopCode>(&path);
    assert!(
        message
            .contains("code 9005 CouponExpired is renumbered: ShopCode has CouponExpired as 9002"),
        "{message}"
    );
}

#[test]
fn a_renamed_code_and_a_renamed_alias_fail_naming_both_names() {
    let path = v1_lock("renamed");
    let message = broken::<renamed::ShopCode>(&path);
    assert!(
        message.contains("code 9003 is renamed: the lock names it Closed, ShopCode now ShopClosed"),
        "{message}"
    );
    assert!(
        message.contains(
            "name CoinsShort of code 9001 is renamed: ShopCode names the code NotEnoughGold instead"
        ),
        "{message}"
    );
}

#[test]
fn new_codes_and_names_are_added_to_the_lock_and_never_fail() {
    let path = v1_lock("grown");
    let report = lock::check::<grown::ShopCode>(&path).expect("new codes never fail");
    assert_eq!(
        report,
        LockReport::Added {
            codes: vec![(9004, "EmptyBasket")],
            names: vec![(9003, "ShopShut")],
        }
    );
    let message = report.to_string();
    assert!(message.contains("code 9004 EmptyBasket"), "{message}");
    assert!(message.contains("name ShopShut of code 9003"), "{message}");
    assert!(message.contains("commit the lock"), "{message}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        json::<grown::ShopCode>()
    );
    // The grown table is the lock now: going back loses what it added.
    assert_eq!(
        lock::check::<grown::ShopCode>(&path).unwrap(),
        LockReport::Current
    );
    let message = broken::<v1::ShopCode>(&path);
    assert!(
        message.contains("code 9004 EmptyBasket is gone"),
        "{message}"
    );
    assert!(
        message.contains("name ShopShut of code 9003 is gone from ShopCode"),
        "{message}"
    );
}

#[test]
fn a_lock_that_is_not_one_fails_saying_what_was_expected() {
    let path = lock_path("malformed");
    for (text, reason) in [
        ("not json", "it is not JSON"),
        (r#"{"codes": []}"#, "it has no `table` string"),
        (r#"{"table": "ShopCode"}"#, "it has no `codes` array"),
        (
            r#"{"table": "ShopCode", "codes": [{"code": "9001"}]}"#,
            "`codes[0]` has no `code` that is an i32",
        ),
        (
            r#"{"table": "ShopCode", "codes": [{"code": 9001, "name": "A"}]}"#,
            "code 9001 has no `names` array",
        ),
        (
            r#"{"table": "OtherCode", "codes": []}"#,
            "it is the lock of OtherCode, not of ShopCode",
        ),
    ] {
        std::fs::write(&path, text).unwrap();
        let error = lock::check::<v1::ShopCode>(&path).expect_err(text);
        let message = error.to_string();
        assert!(
            matches!(error, LockError::Malformed { .. }),
            "{text}: {message}"
        );
        assert!(message.contains(reason), "{text}: {message}");
        assert!(
            message.contains("expected the JSON of parse_errors::export::json"),
            "{message}"
        );
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            text,
            "a lock that is not one is left as it was"
        );
    }
}

/// Run by the two tests below in a process of their own with
/// `PARSE_ERRORS_LOCK` set (the environment of this process is shared by
/// its tests); `LOCK_TEST_PATH` is the lock, `LOCK_TEST_EXPECT` the outcome.
#[test]
#[ignore = "run by the environment tests in a process of their own"]
fn environment_child() {
    let path = std::env::var("LOCK_TEST_PATH").expect("LOCK_TEST_PATH");
    let outcome = lock::check::<lost::ShopCode>(&path);
    match std::env::var("LOCK_TEST_EXPECT").as_deref() {
        Ok("rewritten") => assert_eq!(outcome.unwrap(), LockReport::Rewritten),
        Ok("environment") => {
            let error = outcome.unwrap_err();
            assert!(
                matches!(&error, LockError::Environment { value } if value == "yes"),
                "{error}"
            );
            assert!(
                error
                    .to_string()
                    .contains("the only value it takes is `update`"),
                "{error}"
            );
        }
        other => panic!("LOCK_TEST_EXPECT is {other:?}"),
    }
}

fn run_child(path: &PathBuf, variable: &str, expect: &str) {
    let output = Command::new(std::env::current_exe().expect("the test binary"))
        .args(["--ignored", "--exact", "environment_child"])
        .env(UPDATE_VARIABLE, variable)
        .env("LOCK_TEST_PATH", path)
        .env("LOCK_TEST_EXPECT", expect)
        .output()
        .expect("the test binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.contains("1 passed"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn parse_errors_lock_update_rewrites_a_broken_lock_on_purpose() {
    let path = v1_lock("update");
    run_child(&path, "update", "rewritten");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        json::<lost::ShopCode>()
    );
    assert_eq!(
        lock::check::<lost::ShopCode>(&path).unwrap(),
        LockReport::Current
    );
}

#[test]
fn another_value_of_the_variable_fails_and_touches_nothing() {
    let path = v1_lock("environment");
    run_child(&path, "yes", "environment");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        json::<v1::ShopCode>()
    );
}
