using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LuaIL.Runtime;

/// <summary>The collector of a Lua state and its coroutines: makes weak tables (<c>__mode</c>) lose the entries that only they reference.</summary>
/// <remarks>
/// Objects are ordinary .NET objects, so reachability is the .NET collector's business. A collection
/// therefore moves every weak reference of every weak table into a weak GC handle, runs a full blocking
/// .NET collection, and puts back what survived; entries that lost their key or value are cleared in
/// place, as 5.1's <c>cleartable</c> does, so the <c>next</c> order of the survivors does not change.
/// Only tables given a metatable through <c>setmetatable</c> can be weak: one whose metatable has
/// <c>__mode</c> then is tracked, and one whose metatable has none waits in a short list until the next
/// collection (or until the list fills), so a <c>__mode</c> added right after <c>setmetatable</c> still
/// counts. Tracking every table would cost a GC handle (about 250 ns) per <c>setmetatable</c>.
/// Collections run on <c>collectgarbage("collect")</c> and <c>("step")</c>, and automatically after enough
/// allocation, as 5.1's incremental collector keeps weak caches bounded: when a tracked table must grow,
/// and at the next interrupt check (loop back-edges) after a .NET collection noticed the allocation.
/// </remarks>
public sealed partial class LuaCollector
{
    private const int PendingCapacity = 64;

    // Allocation between automatic collections: at least this, at most what was live after the last one
    // (5.1's default pause of 200% collects when the heap has doubled).
    private const long MinAutomaticStep = 4 << 20;

    // The live heap is the whole process's, not this state's: in a host (or a test run) holding
    // hundreds of megabytes, "what was live" would let a state's weak cache grow that much first.
    private const long MaxAutomaticStep = 16 << 20;

    // Which collector tracks a weak table, for the automatic collection its growth may start.
    private static readonly ConditionalWeakTable<LuaTable, LuaCollector> Owners = new();

    private readonly List<nint> _tables = []; // short weak handles of the tracked tables
    private readonly LuaTable?[] _pending = new LuaTable?[PendingCapacity];
    private int _pendingCount;
    private readonly List<WeakEntry> _detached = [];
    private long _nextAutomatic = GC.GetTotalAllocatedBytes() + MinAutomaticStep;
    private bool _collecting;

    private readonly LuaInterrupt _interrupt;
    private bool _watching;
    private int _gen0AtLastCollect;

    /// <summary>A collector that asks for automatic collections through <paramref name="interrupt"/>, the state's.</summary>
    public LuaCollector(LuaInterrupt interrupt) => _interrupt = interrupt;

    /// <summary>False after <c>collectgarbage("stop")</c>: no automatic collections until <c>"restart"</c>.</summary>
    public bool Running { get; set; } = true;

    /// <summary>One weak reference taken out of a table for a collection: the table's slot in the list, the array index (as <c>~i</c>) or node index, and the handles.</summary>
    internal readonly record struct WeakEntry(int TableSlot, int Index, nint KeyHandle, nint ValueHandle);

    /// <summary>Called by <c>setmetatable</c>: starts tracking <paramref name="t"/> when its metatable makes (or may soon make) it weak.</summary>
    public void NoteMetatable(LuaTable t, LuaTable? mt)
    {
        if (mt is null || t.WeakTracked) return;
        if (t.WeakMode() != 0)
        {
            Track(t);
            return;
        }
        if (_pendingCount == PendingCapacity) FlushPending();
        _pending[_pendingCount++] = t;
    }

    private void Track(LuaTable t)
    {
        Watch();
        t.WeakTracked = true;
        _tables.Add(GCHandle.ToIntPtr(GCHandle.Alloc(t, GCHandleType.Weak)));
        Owners.AddOrUpdate(t, this);
    }

    private void FlushPending()
    {
        for (int i = 0; i < _pendingCount; i++)
        {
            var t = _pending[i]!;
            if (!t.WeakTracked && t.WeakMode() != 0) Track(t);
            _pending[i] = null;
        }
        _pendingCount = 0;
    }

    /// <summary>Called before a tracked table rehashes: collects first when enough was allocated since the last collection, so a weak cache sheds its dead entries instead of growing.</summary>
    internal static void BeforeWeakRehash(LuaTable t)
    {
        if (!Owners.TryGetValue(t, out var c) || !c.Running || c._collecting) return;
        if (GC.GetTotalAllocatedBytes() >= c._nextAutomatic) c.Collect(null);
    }

    /// <summary>A full collection (<c>collectgarbage("collect")</c>): clears from weak tables every entry whose weak key or value nothing else references.</summary>
    /// <param name="L">The running thread, whose stale stack slots are cleared first (they are garbage to 5.1's collector); null for an automatic collection in the middle of an operation.</param>
    public void Collect(LuaState? L) => Collect(L, clearStale: true);

    private void Collect(LuaState? L, bool clearStale)
    {
        if (_collecting) return;
        _collecting = true;
        try
        {
            FlushPending();
            if (clearStale) L?.ClearStaleSlots();
            DetachAll();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
            // Proxies found unreachable queue themselves from their finalizers.
            if (_proxies.Count > 0) GC.WaitForPendingFinalizers();
            ReattachAll();
            SweepProxies();
            _nextAutomatic = GC.GetTotalAllocatedBytes() + Math.Clamp(GC.GetTotalMemory(false), MinAutomaticStep, MaxAutomaticStep);
            _gen0AtLastCollect = GC.CollectionCount(0);
        }
        finally
        {
            _collecting = false;
        }
        RunFinalizers(L);
    }

    /// <summary>From the interrupt check: the collection a .NET collection asked for (see <see cref="Watch"/>).</summary>
    internal void CollectRequested(LuaState L)
    {
        if (Running && !_collecting && GC.GetTotalAllocatedBytes() >= _nextAutomatic) Collect(L, clearStale: false);
    }

    // Starts watching the .NET collector: a small finalizable object, renewed after each .NET collection,
    // whose finalizer asks the script (through the interrupt check) for a collection once enough was allocated.
    private void Watch()
    {
        if (_watching) return;
        _watching = true;
        _ = new GcWatch(GCHandle.ToIntPtr(GCHandle.Alloc(this, GCHandleType.Weak)));
    }

    private void OnDotNetCollection()
    {
        // Our own collections are .NET collections too: only one made since counts.
        if (Running && GC.CollectionCount(0) > _gen0AtLastCollect && GC.GetTotalAllocatedBytes() >= _nextAutomatic)
            _interrupt.RequestCollection();
    }

    // A weak GC handle, not a WeakReference: a WeakReference dies in the same collection as its owner,
    // and its own finalizer may free it before this one runs.
    private sealed class GcWatch(nint collector)
    {
        ~GcWatch()
        {
            var handle = GCHandle.FromIntPtr(collector);
            if (handle.Target is not LuaCollector c || c._closed)
            {
                handle.Free();
                return;
            }
            c.OnDotNetCollection();
            _ = new GcWatch(collector);
        }
    }

    // Not inlined: no reference to a table may stay in a local of the frame that runs the .NET collection.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void DetachAll()
    {
        for (int i = 0; i < _tables.Count; i++)
        {
            if (GCHandle.FromIntPtr(_tables[i]).Target is not LuaTable t) continue;
            int mode = t.WeakMode();
            if (mode != 0) t.DetachWeak(mode, i, _detached);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReattachAll()
    {
        foreach (var e in _detached)
        {
            if (GCHandle.FromIntPtr(_tables[e.TableSlot]).Target is LuaTable t) t.ReattachWeak(e);
            if (e.KeyHandle != 0) GCHandle.FromIntPtr(e.KeyHandle).Free();
            if (e.ValueHandle != 0) GCHandle.FromIntPtr(e.ValueHandle).Free();
        }
        _detached.Clear();
        // Forget the tables that were collected.
        int kept = 0;
        for (int i = 0; i < _tables.Count; i++)
        {
            var h = GCHandle.FromIntPtr(_tables[i]);
            if (h.Target is null) h.Free();
            else _tables[kept++] = _tables[i];
        }
        _tables.RemoveRange(kept, _tables.Count - kept);
    }
}
