/**
 * `array.splice(start, deleteCount, ...items)` for any number of items: a spread passes every item as
 * an argument on the call stack, which overflows for large arrays (a reparsed region, a run of comments).
 */
export function spliceAll<T>(array: T[], start: number, deleteCount: number, items: readonly T[]): void {
    // Both counts given: an array subclass that overrides splice (Langium's CST containers) passes them on as they are.
    const tail = array.splice(start, array.length - start);
    for (const item of items) array.push(item);
    for (let i = deleteCount; i < tail.length; i++) array.push(tail[i]);
}
