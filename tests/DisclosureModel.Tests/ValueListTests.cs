namespace DisclosureModel.Tests;

public class ValueListTests
{
    [Fact]
    public void Lists_with_equal_elements_in_order_are_equal()
    {
        ValueList<string> a = ["x", "y"];
        ValueList<string> b = ValueList.CreateRange(new List<string> { "x", "y" });
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, (ValueList<string>)["y", "x"]);
        Assert.NotEqual(a, (ValueList<string>)["x"]);
        Assert.True(a != (ValueList<string>)["x"]);
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void Empty_lists_are_the_shared_empty_instance()
    {
        ValueList<int> empty = [];
        Assert.Same(ValueList<int>.Empty, empty);
        Assert.Same(ValueList<int>.Empty, ValueList.CreateRange(Array.Empty<int>()));
        Assert.Empty(empty);
    }

    [Fact]
    public void Lists_read_like_a_read_only_list_and_are_not_changed_by_their_source()
    {
        var source = new[] { 1, 2, 3 };
        var list = ValueList.Create<int>(source);
        source[0] = 99;
        Assert.Equal(3, list.Count);
        Assert.Equal(1, list[0]);
        Assert.Equal([1, 2, 3], list);
        Assert.Equal("[1, 2, 3]", list.ToString());
        Assert.Equal(new[] { 1, 2, 3 }, list.AsImmutableArray().ToArray());
        Assert.Throws<ArgumentNullException>(() => ValueList.CreateRange<int>(null!));
    }
}
