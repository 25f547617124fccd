export default async function globalTeardown(): Promise<void> {
  const state = globalThis as { __sedeTeardown?: () => Promise<void> };
  await state.__sedeTeardown?.();
}
