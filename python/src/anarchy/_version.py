# The version of the binary this package calls: equal to AnarchyVersion.string (a test checks it;
# bump it with CHANGELOG.md and CITATION.cff). python/build_wheel.py refuses a binary of another.
__version__ = "0.5.0"
