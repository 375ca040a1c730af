/** Where office-addin-test-server listens for the results (HTTPS, with the Office development certificate). */
export const TEST_SERVER_PORT = 4201;
