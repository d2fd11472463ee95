using LuaIL.Runtime;

namespace LuaIL.Runtime.Tests;

public class TableTests
{
    private static LuaValue S(string s) => LuaValue.String(s);

    private static string Dump(LuaTable t)
    {
        var keys = new List<string>();
        var k = LuaValue.Nil;
        while (t.Next(ref k, out _)) keys.Add(LuaConvert.ToDisplayString(k));
        return string.Join(" ", keys) + " | #=" + t.Length;
    }

    private static readonly string[] Letters = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];

    // Every expected string below was printed by lua5.1 running the same operations (pairs order, then #t).
    [Fact]
    public void StringKeysInsertedForward()
    {
        var t = new LuaTable();
        for (int i = 0; i < Letters.Length; i++) t.RawSet(S(Letters[i]), i + 1);
        Assert.Equal("a c b e d g f i h j | #=0", Dump(t));
    }

    [Fact]
    public void StringKeysInsertedBackward()
    {
        var t = new LuaTable();
        for (int i = Letters.Length - 1; i >= 0; i--) t.RawSet(S(Letters[i]), i + 1);
        Assert.Equal("a c b e d g f i h j | #=0", Dump(t));
    }

    [Fact]
    public void MixedKeys()
    {
        var t = new LuaTable();
        t.RawSet(1, 1); t.RawSet(2, 2); t.RawSet(S("x"), 1); t.RawSet(10, 1); t.RawSet(3.5, 1);
        t.RawSet(S("y"), 1); t.RawSet(-1, 1); t.RawSet(100, 1); t.RawSet(true, 1); t.RawSet(false, 1);
        Assert.Equal("1 2 y x false 10 3.5 true -1 100 | #=2", Dump(t));
    }

    [Fact]
    public void DeletionsThenInsertions()
    {
        var t = new LuaTable();
        for (int i = 1; i <= 20; i++) t.RawSet(S("k" + i), i);
        for (int i = 1; i <= 20; i += 3) t.RawSet(S("k" + i), LuaValue.Nil);
        for (int i = 1; i <= 5; i++) t.RawSet(S("new" + i), i);
        Assert.Equal("new5 new4 k11 new1 k17 k15 k20 k8 new2 k12 k3 k2 k9 k18 k14 k6 new3 k5 | #=0", Dump(t));
    }

    [Fact]
    public void FractionalNumberKeys()
    {
        var t = new LuaTable();
        for (int i = 1; i <= 20; i++) t.RawSet(i * 7 % 13 + 0.5, i);
        Assert.Equal("12.5 3.5 0.5 7.5 8.5 2.5 9.5 6.5 1.5 5.5 11.5 4.5 10.5 | #=0", Dump(t));
    }

    [Fact]
    public void ConstructorWithListAndRecordFields()
    {
        // {x=1, y=2, z=3, 1, 2, 3, w=4}: NEWTABLE 3 4, the record fields in order, then SETLIST.
        var t = LuaTable.ForConstructor(3, 4);
        t.RawSet(S("x"), 1); t.RawSet(S("y"), 2); t.RawSet(S("z"), 3); t.RawSet(S("w"), 4);
        LuaOps.SetList(t, 1, [1, 2, 3]);
        Assert.Equal("1 2 3 y x w z | #=3", Dump(t));
    }

    [Fact]
    public void SquareKeys()
    {
        var t = new LuaTable();
        for (int i = 1; i <= 10; i++) t.RawSet(i * i, i);
        Assert.Equal("1 25 81 100 4 16 9 49 36 64 | #=1", Dump(t));
    }

    [Fact]
    public void BordersWithHoles()
    {
        var holes = LuaTable.ForConstructor(4, 0);
        LuaOps.SetList(holes, 1, [1, 2, LuaValue.Nil, 4]);
        Assert.Equal("1 2 4 | #=4", Dump(holes));

        var sparse = new LuaTable();
        sparse.RawSet(1, 1); sparse.RawSet(2, 2); sparse.RawSet(4, 4);
        Assert.Equal("1 2 4 | #=4", Dump(sparse));

        var hole5 = new LuaTable();
        for (int i = 1; i <= 10; i++) hole5.RawSet(i, i);
        hole5.RawSet(5, LuaValue.Nil);
        Assert.Equal("1 2 3 4 6 7 8 9 10 | #=10", Dump(hole5));
    }

    [Fact]
    public void ClearedArrayThenStringKey()
    {
        var t = new LuaTable();
        for (int i = 1; i <= 8; i++) t.RawSet(i, i);
        for (int i = 1; i <= 8; i++) t.RawSet(i, LuaValue.Nil);
        t.RawSet(S("a"), 1);
        Assert.Equal("a | #=0", Dump(t));
    }

    [Fact]
    public void NegativeAndZeroKeys()
    {
        var t = new LuaTable();
        for (int i = -5; i <= 5; i++) t.RawSet(i, i);
        Assert.Equal("1 2 3 4 0 -5 -2 5 -3 -1 -4 | #=5", Dump(t));
    }

    [Fact]
    public void LargeNumbersAndNumericStrings()
    {
        var t = new LuaTable();
        t.RawSet(1e100, 1); t.RawSet(-0.25, 1); t.RawSet(Math.Pow(2, 40), 1); t.RawSet(Math.Pow(2, 31), 1);
        t.RawSet(S("2"), 1); t.RawSet(2, 1);
        Assert.Equal("1e+100 2147483648 1099511627776 -0.25 2 2 | #=0", Dump(t));
    }

    [Fact]
    public void IntegralFloatKeysAreIntegerKeys()
    {
        var t = new LuaTable();
        t.RawSet(new LuaValue(1.0), S("one"));
        Assert.Equal("one", t.RawGet(1).ToString());
        t.RawSet(new LuaValue(-0.0), S("zero"));
        Assert.Equal("zero", t.RawGet(new LuaValue(0.0)).ToString());
        Assert.Equal("zero", t.RawGet(0).ToString());
    }

    [Fact]
    public void NextSurvivesNilAssignmentDuringTraversal()
    {
        var t = new LuaTable();
        for (int i = 1; i <= 30; i++) t.RawSet(S("k" + i), i);
        var k = LuaValue.Nil;
        int seen = 0;
        while (t.Next(ref k, out _))
        {
            t.RawSet(k, LuaValue.Nil);
            seen++;
        }
        Assert.Equal(30, seen);
        k = LuaValue.Nil;
        Assert.False(t.Next(ref k, out _));
    }

    [Fact]
    public void NextRejectsUnknownKey()
    {
        var t = new LuaTable();
        t.RawSet(S("a"), 1);
        var k = S("zz");
        var e = Assert.Throws<LuaException>(() => t.Next(ref k, out _));
        Assert.Equal("invalid key to 'next'", e.Message);
    }

    [Fact]
    public void SlotRejectsNilAndNaN()
    {
        var t = new LuaTable();
        Assert.Equal("table index is nil", Assert.Throws<LuaException>(() => t.Slot(LuaValue.Nil)).Message);
        Assert.Equal("table index is NaN", Assert.Throws<LuaException>(() => t.Slot(double.NaN)).Message);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(15, 15)]
    [InlineData(16, 16)]
    [InlineData(17, 18)]
    [InlineData(50, 52)]
    [InlineData(100, 104)]
    public void ConstructorSizesRoundAsFloatingPointBytes(int n, int expected)
        => Assert.Equal(expected, LuaTable.RoundConstructorSize(n));

    [Fact]
    public void ArrayPartGrowsOnRehash()
    {
        var t = new LuaTable();
        for (int i = 1; i <= 100; i++) t.RawSet(i, i);
        Assert.Equal(100, t.Length);
        Assert.Equal(128, t.ArraySize);
        Assert.Equal(0, t.NodeCount);
    }

    [Fact]
    public void ReservedStorageKeepsTheArraySizesOfTheRehashes()
    {
        var plain = new LuaTable();
        var reserved = new LuaTable();
        reserved.ReserveArray(100);
        for (int i = 1; i <= 100; i++)
        {
            plain.RawSet(i, i);
            reserved.RawSet(i, i);
            Assert.Equal(plain.ArraySize, reserved.ArraySize);
            Assert.Equal(plain.Length, reserved.Length);
        }
        // Keys past the array part still go to the hash part, as without the room.
        reserved.RawSet(120, 1);
        plain.RawSet(120, 1);
        Assert.Equal(plain.NodeCount, reserved.NodeCount);
        Assert.Equal(plain.ArraySize, reserved.ArraySize);
        Assert.True(reserved.RawGet(101).IsNil);
    }
}
