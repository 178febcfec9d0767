{{%AUTOESCAPE context="HTML"}}
{{!
  One announcement (area_announcement): TITLE, PUBLISHED, LIST_URL; repeated LINE (TEXT): the
  plain-text body line by line (escaped; line breaks kept as <br>).
}}
<h1 class="page-title">{{TITLE}}</h1>
<p class="muted">发布时间：{{PUBLISHED}}</p>
<div class="panel announcement-body">
<p>{{#LINE}}{{TEXT}}{{#LINE_separator}}<br>
{{/LINE_separator}}{{/LINE}}</p>
</div>
<p><a href="{{LIST_URL}}">返回公告列表</a></p>
