// A mail adapter that sends nothing. run.sh configures it so that Parse Server
// reaches its password-reset and email-verification code paths (and their
// errors) instead of failing early because no email adapter is configured.
module.exports = function nullEmailAdapter() {
  return {
    sendMail: () => Promise.resolve(),
    sendVerificationEmail: () => Promise.resolve(),
    sendPasswordResetEmail: () => Promise.resolve(),
  };
};
