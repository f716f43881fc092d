// `prepack` of every publishable package. Only pnpm turns `workspace:*` dependencies into version
// ranges and applies `publishConfig.exports` (dist/ instead of src/); a tarball packed by npm or
// yarn would point at TypeScript sources and at dependencies no registry has. Refuse, and say how.
const agent = process.env.npm_config_user_agent ?? '';
if (!agent.startsWith('pnpm/')) {
  process.stderr.write(
    'Pack and publish Argmap packages with pnpm (`bash scripts/pnpm pack`, `bash scripts/pnpm publish`): ' +
      'only pnpm rewrites workspace:* dependencies and the publishConfig exports. See docs/publishing.md.\n',
  );
  process.exit(1);
}
