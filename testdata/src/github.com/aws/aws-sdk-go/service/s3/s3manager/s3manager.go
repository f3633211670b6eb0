// Package s3manager is a stub of github.com/aws/aws-sdk-go/service/s3/s3manager.
package s3manager

import "github.com/aws/aws-sdk-go/aws/client"

type Uploader struct{ PartSize int64 }
type Downloader struct{ PartSize int64 }

func NewUploader(c client.ConfigProvider, options ...func(*Uploader)) *Uploader { return &Uploader{} }
func NewDownloader(c client.ConfigProvider, options ...func(*Downloader)) *Downloader {
	return &Downloader{}
}
