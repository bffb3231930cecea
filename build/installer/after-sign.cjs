// electron-builder afterSign hook: notarises the signed macOS app, but only when the Apple
// credentials are in the environment, so developer and unsigned builds still work. CommonJS
// because electron-builder require()s hooks. Two credential sets are understood:
//   APPLE_API_KEY (path to the .p8), APPLE_API_KEY_ID, APPLE_API_ISSUER   (App Store Connect API key)
//   APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID                  (Apple ID)
'use strict';
const path = require('node:path');

/** The notarytool options from the environment, or undefined when notarisation is not configured. */
function notarizeOptions(env, appPath) {
  if (env.APPLE_API_KEY && env.APPLE_API_KEY_ID && env.APPLE_API_ISSUER) {
    return { appPath, appleApiKey: env.APPLE_API_KEY, appleApiKeyId: env.APPLE_API_KEY_ID, appleApiIssuer: env.APPLE_API_ISSUER };
  }
  if (env.APPLE_ID && env.APPLE_APP_SPECIFIC_PASSWORD && env.APPLE_TEAM_ID) {
    return { appPath, appleId: env.APPLE_ID, appleIdPassword: env.APPLE_APP_SPECIFIC_PASSWORD, teamId: env.APPLE_TEAM_ID };
  }
  return undefined;
}

async function afterSign(context, env = process.env, notarize = undefined) {
  if (context.electronPlatformName !== 'darwin') return 'skipped: not macOS';
  const appPath = path.join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`);
  const options = notarizeOptions(env, appPath);
  if (!options) {
    console.log('afterSign: no Apple notarisation credentials in the environment; the app is not notarised.');
    return 'skipped: no credentials';
  }
  const run = notarize ?? require('@electron/notarize').notarize;
  await run(options);
  return 'notarised';
}

module.exports = afterSign;
module.exports.default = afterSign;
module.exports.notarizeOptions = notarizeOptions;
