using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace DisclosureModel;

/// <summary>
/// An immutable list that compares by value: two lists are equal when they hold equal elements in the same order.
/// </summary>
/// <remarks>
/// Records compare collection members by reference; holding collections in a <see cref="ValueList{T}"/> keeps
/// two independently built equal reports equal. Build one with a collection expression
/// (<c>ValueList&lt;OverviewPart&gt; parts = [a, b];</c>) or <see cref="ValueList.Create{T}(ReadOnlySpan{T})"/>.
/// </remarks>
/// <typeparam name="T">The element type; its own equality is used.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> items;

    internal ValueList(ImmutableArray<T> items) => this.items = items;

    /// <summary>Gets the empty list.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Mirrors ImmutableArray<T>.Empty; the natural place for the empty value.")]
    public static ValueList<T> Empty { get; } = new(ImmutableArray<T>.Empty);

    /// <summary>Gets the number of elements.</summary>
    public int Count => items.Length;

    /// <summary>Gets the element at an index.</summary>
    /// <param name="index">A zero-based index less than <see cref="Count"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public T this[int index] => items[index];

    /// <summary>Determines whether two lists hold equal elements in the same order.</summary>
    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Determines whether two lists differ in length or in any element.</summary>
    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !(left == right);

    /// <summary>Gets the elements as an immutable array, without copying.</summary>
    /// <returns>The underlying array.</returns>
    public ImmutableArray<T> AsImmutableArray() => items;

    /// <summary>Gets a struct enumerator over the elements.</summary>
    /// <returns>An enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => items.GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null && items.AsSpan().SequenceEqual(other.items.AsSpan(), EqualityComparer<T>.Default);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Gets the elements, comma-separated in brackets.</summary>
    /// <returns>A text such as <c>[a, b]</c>.</returns>
    public override string ToString() => "[" + string.Join(", ", items) + "]";

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)items).GetEnumerator();
}

/// <summary>Creates <see cref="ValueList{T}"/> instances.</summary>
public static class ValueList
{
    /// <summary>Creates a list holding a copy of the given elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order.</param>
    /// <returns>A new list, or the empty list when there are no elements.</returns>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) =>
        items.IsEmpty ? ValueList<T>.Empty : new ValueList<T>(ImmutableArray.Create(items));

    /// <summary>Creates a list holding the elements of a sequence.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order.</param>
    /// <returns>A new list, or the empty list when there are no elements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueList<T> CreateRange<T>(IEnumerable<T> items)
    {
        var array = Preconditions.CheckNotNull(items).ToImmutableArray();
        return array.IsEmpty ? ValueList<T>.Empty : new ValueList<T>(array);
    }
}
