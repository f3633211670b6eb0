// Package manager is a stub of github.com/aws/aws-sdk-go-v2/feature/s3/manager.
package manager

type UploadAPIClient interface{}
type DownloadAPIClient interface{}
type Uploader struct{ PartSize int64 }
type Downloader struct{ PartSize int64 }

func NewUploader(client UploadAPIClient, options ...func(*Uploader)) *Uploader    { return nil }
func NewDownloader(c DownloadAPIClient, options ...func(*Downloader)) *Downloader { return nil }
