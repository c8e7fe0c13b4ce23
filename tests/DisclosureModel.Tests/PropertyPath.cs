using System.Reflection;

namespace DisclosureModel.Tests;

/// <summary>Follows a dotted property path (as the layouts name cells) through an object graph by reflection.</summary>
internal static class PropertyPath
{
    public static object? Resolve(object root, string path)
    {
        object? current = root;
        foreach (var segment in path.Split('.'))
        {
            Assert.NotNull(current);
            var property = current.GetType().GetProperty(segment, BindingFlags.Public | BindingFlags.Instance);
            Assert.True(property is not null, $"'{segment}' of '{path}' is not a property of {current.GetType().Name}.");
            current = property.GetValue(current);
        }

        return current;
    }
}
