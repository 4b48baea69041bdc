/** Epoch ms with the resolution of performance.now(): the time stamp of every counter read for a rate. */
export const clock = () => performance.timeOrigin + performance.now();
