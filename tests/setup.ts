// Settings every test file shares: the database prepared by the global setup, and no
// outside service configured unless a test switches it on.
process.env.DATABASE_URL = process.env.GUICHET_TEST_DATABASE_URL;
if (process.env.GUICHET_TEST_EMBEDDED) {
  process.env.DATABASE_POOL_MAX = "1";
  process.env.DATABASE_PREPARED_STATEMENTS = "off";
}
process.env.LOG_LEVEL ??= "silent";
process.env.DATA_DIR ??= `${process.env.GUICHET_TEST_DATA_DIR}`;
