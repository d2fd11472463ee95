using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace LuaIL.Runtime;

// __gc of userdata made by newproxy: a .NET finalizer notices that a proxy became unreachable and
// hands it back (resurrected) to its collector, which calls the metatable's __gc at the end of the
// next collection, as 5.1's GCTM does after a cycle, and for every remaining proxy when the state closes.
public sealed partial class LuaCollector
{
    // Proxies whose finalizer ran; filled by the finalizer thread.
    private readonly ConcurrentQueue<LuaProxy> _unreachable = new();

    // Every proxy with a metatable, for the state's close (handles that track resurrection: a proxy in
    // _unreachable is still listed). Swept at each collection.
    private readonly List<nint> _proxies = [];
    private long _proxySequence;
    private volatile bool _closed;

    /// <summary><c>newproxy(true)</c> and <c>newproxy(proxy)</c>: a userdata whose metatable's <c>__gc</c> this collector will call.</summary>
    public LuaUserData NewProxy(LuaTable metatable)
    {
        Watch();
        var p = new LuaProxy(this, ++_proxySequence) { Metatable = metatable };
        _proxies.Add(GCHandle.ToIntPtr(GCHandle.Alloc(p, GCHandleType.WeakTrackResurrection)));
        return p;
    }

    internal void OnUnreachable(LuaProxy p)
    {
        if (!_closed) _unreachable.Enqueue(p);
    }

    // Proxies separated for finalization whose __gc has not run yet (an earlier __gc failed): 5.1 keeps them
    // at the head of its tmudata list, before the ones the next cycle finds.
    private readonly List<LuaProxy> _due = [];

    /// <summary>5.1's <c>GCTM</c> for every proxy found unreachable: newest first, as 5.1 finalizes (udata are prepended to its list).</summary>
    private void RunFinalizers(LuaState? L)
    {
        int found = _due.Count;
        while (_unreachable.TryDequeue(out var p)) _due.Add(p);
        _due.Sort(found, _due.Count - found, Comparer<LuaProxy>.Create((a, b) => b.Sequence.CompareTo(a.Sequence)));
        // An automatic collection in the middle of an operation cannot run Lua code: they wait for the next one.
        if (L is null) return;
        while (_due.Count > 0)
        {
            var p = _due[0];
            _due.RemoveAt(0);
            CallGc(L, p); // an error leaves collectgarbage; the rest run at the next collection
        }
    }

    private static void CallGc(LuaState L, LuaProxy p)
    {
        if (p.Finalized) return;
        p.Finalized = true;
        // Any __gc but nil is called, as GCTM does: a string fails with "attempt to call a string value".
        var gc = p.Metatable?.RawGet(LuaMetaNames.Get(LuaMetaEvent.Gc)) ?? default;
        if (gc.IsNil) return;
        var saved = L.Save();
        LuaOps.ToCallable(L, gc, null, 0).Invoke(L, new LuaValue(p, 0));
        L.Restore(saved);
    }

    private void SweepProxies()
    {
        int kept = 0;
        for (int i = 0; i < _proxies.Count; i++)
        {
            var h = GCHandle.FromIntPtr(_proxies[i]);
            if (h.Target is LuaProxy { Finalized: false }) _proxies[kept++] = _proxies[i];
            else h.Free();
        }
        _proxies.RemoveRange(kept, _proxies.Count - kept);
    }

    /// <summary>
    /// 5.1's <c>lua_close</c>: calls <c>__gc</c> of every proxy not finalized yet, newest first; an error in one
    /// is ignored and the others still run. Nothing is finalized after this.
    /// </summary>
    public void Close(LuaState L)
    {
        var all = new List<LuaProxy>(_due);
        _due.Clear();
        while (_unreachable.TryDequeue(out var p)) all.Add(p);
        foreach (var handle in _proxies)
        {
            var h = GCHandle.FromIntPtr(handle);
            if (h.Target is LuaProxy p && !all.Contains(p)) all.Add(p);
            h.Free();
        }
        _proxies.Clear();
        _closed = true;
        all.Sort((a, b) => b.Sequence.CompareTo(a.Sequence));
        foreach (var p in all)
        {
            var saved = L.Save();
            try
            {
                CallGc(L, p);
            }
            catch (LuaException)
            {
                L.Restore(saved);
            }
        }
    }
}

/// <summary>A userdata made by <c>newproxy</c> with a metatable: its finalizer tells its collector it became unreachable, so <c>__gc</c> can run.</summary>
public sealed class LuaProxy : LuaUserData
{
    private readonly LuaCollector _collector;

    internal LuaProxy(LuaCollector collector, long sequence) : base(null)
    {
        _collector = collector;
        Sequence = sequence;
    }

    /// <summary>Creation order: 5.1 finalizes the newest first.</summary>
    internal long Sequence { get; }

    /// <summary>Set once <c>__gc</c> was called (or found absent): 5.1 finalizes an object once.</summary>
    internal bool Finalized { get; set; }

    ~LuaProxy()
    {
        if (!Finalized) _collector.OnUnreachable(this);
    }
}
