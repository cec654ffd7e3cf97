"""Frame sources: video files, folders and single images through cv2.VideoCapture."""

from __future__ import annotations

import tempfile
from pathlib import Path

import cv2
import numpy as np
import pytest
from frames import HEIGHT, WIDTH, varied_frames, write_folder, write_video

from kiosk.devices.camera import MAX_FAILED_READS, Frame, FrameSource, open_source
from kiosk.errors import CameraUnavailable, EnvironmentFault


@pytest.fixture(scope="module")
def images() -> list[np.ndarray]:
    return [f.image for f in varied_frames(6, seed=11)]


@pytest.fixture(scope="module")
def video(tmp_path_factory: pytest.TempPathFactory, images: list[np.ndarray]) -> Path:
    return write_video(images, tmp_path_factory.mktemp("video") / "frames.avi")


def read_all(spec: str) -> list[Frame]:
    with open_source(spec) as source:
        frames = []
        while (frame := source.read()) is not None:
            frames.append(frame)
        assert source.read() is None  # and stays at the end
    return frames


def test_a_video_file_is_read_frame_by_frame_then_none(video: Path) -> None:
    with open_source(str(video)) as source:
        assert not source.is_live
    frames = read_all(str(video))
    assert [f.index for f in frames] == list(range(6))
    assert all(f.source == "frames.avi" for f in frames)
    assert all(f.image.shape == (HEIGHT, WIDTH, 3) and f.image.dtype == np.uint8
               for f in frames)


def test_a_numbered_folder_is_read_in_place_in_order(tmp_path: Path,
                                                     images: list[np.ndarray]) -> None:
    folder = write_folder(images, tmp_path / "seq")
    frames = read_all(str(folder))
    assert [f.source for f in frames] == [f"{i:04d}.png" for i in range(6)]
    for frame, image in zip(frames, images, strict=True):
        assert np.array_equal(frame.image, image)  # PNG: lossless, same pixels


def test_any_folder_is_read_in_natural_order_ignoring_other_files(
        tmp_path: Path, images: list[np.ndarray]) -> None:
    folder = tmp_path / "shots"
    folder.mkdir()
    names = ["shot 2.PNG", "shot 10.jpg", "shot 1.png", "IMG_7.jpeg"]
    for name, image in zip(names, images, strict=False):
        ext = ".jpg" if name.lower().endswith((".jpg", ".jpeg")) else ".png"
        ok, data = cv2.imencode(ext, image)
        assert ok
        (folder / name).write_bytes(data.tobytes())
    (folder / "notes.txt").write_text("not an image")
    (folder / ".hidden.png").write_bytes(b"")
    frames = read_all(str(folder))
    assert [f.source for f in frames] == ["IMG_7.jpeg", "shot 1.png", "shot 2.PNG",
                                          "shot 10.jpg"]
    assert all(f.image.shape == (HEIGHT, WIDTH, 3) for f in frames)


def test_a_single_image_is_a_one_frame_source(tmp_path: Path,
                                              images: list[np.ndarray]) -> None:
    path = tmp_path / "code.png"
    cv2.imwrite(str(path), images[0])
    frames = read_all(str(path))
    assert len(frames) == 1 and frames[0].source == "code.png"


def test_closing_removes_the_temporary_sequence(tmp_path: Path,
                                                images: list[np.ndarray]) -> None:
    folder = write_folder(images[:2], tmp_path / "odd", names="frame-{}.png")
    before = set(Path(tempfile.gettempdir()).glob("kiosk-frames-*"))
    source = open_source(str(folder))
    assert source.read() is not None
    source.close()
    source.close()  # idempotent
    assert source.read() is None
    assert set(Path(tempfile.gettempdir()).glob("kiosk-frames-*")) == before


@pytest.mark.parametrize("spec", ["/nonexistent/clip.avi", "/dev/video97", "97"])
def test_a_missing_device_or_file_is_camera_unavailable(spec: str) -> None:
    with pytest.raises(CameraUnavailable):
        open_source(spec)


def test_an_empty_folder_or_a_file_that_is_no_video_is_camera_unavailable(
        tmp_path: Path) -> None:
    with pytest.raises(CameraUnavailable):
        open_source(str(tmp_path))
    junk = tmp_path / "junk.avi"
    junk.write_bytes(b"this is not a video" * 10)
    with pytest.raises(CameraUnavailable):
        open_source(str(junk))
    assert issubclass(CameraUnavailable, EnvironmentFault)


def test_a_live_source_that_stops_giving_frames_is_camera_unavailable(video: Path) -> None:
    # A real capture whose frames run out, treated as live: like a camera unplugged.
    capture = cv2.VideoCapture(str(video))
    with FrameSource(capture, "camera test", is_live=True) as source:
        assert source.is_live
        for _ in range(6):
            assert source.read() is not None
        with pytest.raises(CameraUnavailable):
            source.read()
    assert MAX_FAILED_READS >= 2  # one dropped frame is not an unplugged camera
