"""One distance for every stage: `eventwire.geo`."""

import pytest

from eventwire.geo import bounding_box, distance_km, offset


def test_distance_between_two_towns_in_idlib():
    # Khan Shaykhun (35.44 N, 36.65 E) to Idlib city (35.93 N, 36.63 E): about 54.5 km
    assert distance_km(35.44, 36.65, 35.93, 36.63) == pytest.approx(54.5, abs=0.1)


def test_a_point_is_no_distance_from_itself():
    assert distance_km(33.51, 36.29, 33.51, 36.29) == 0.0


def test_offset_goes_the_distance_asked():
    lat, lon = offset(36.2, 37.16, 0.0, 20.0)  # 20 km north of Aleppo
    assert lon == pytest.approx(37.16)
    assert distance_km(36.2, 37.16, lat, lon) == pytest.approx(20.0, abs=0.01)


def test_bounding_box_holds_the_circle():
    min_lat, max_lat, min_lon, max_lon = bounding_box(33.51, 36.29, 25.0)
    for bearing in (0, 90, 180, 270):
        lat, lon = offset(33.51, 36.29, bearing, 24.9)
        assert min_lat <= lat <= max_lat and min_lon <= lon <= max_lon


def test_bounding_box_near_a_pole_spans_every_longitude():
    assert bounding_box(89.9, 10.0, 50.0)[2:] == (-180.0, 180.0)
