/** Stops early, in Swedish, on a Node.js older than the portal needs (require of ESM: 20.19). */
export function assertNodeVersion() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`Projektkontor Östergötland kräver Node.js 20.19 eller senare (du har ${process.versions.node}).`);
    process.exit(1);
  }
}
